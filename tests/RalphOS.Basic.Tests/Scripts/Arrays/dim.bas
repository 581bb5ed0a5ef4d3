10 DIM A(5), B$(3), C(2, 3)
20 FOR I = 0 TO 5 : A(I) = I * I : NEXT
30 B$(2) = "TWO" : C(2, 3) = 23 : C(1, 2) = 12
40 PRINT A(5); A(0); B$(2); C(2, 3); C(1, 2); C(0, 0)
50 X(3) = 7 : PRINT X(3); X(10)
60 DIM Z%(2) : Z%(1) = 2.7 : PRINT Z%(1)
70 I = 2 : A(I + 1) = A(I) + 100 : PRINT A(3)
' EXPECT:  25  0 TWO 23  12  0
' EXPECT:  7  0
' EXPECT:  3
' EXPECT:  104
