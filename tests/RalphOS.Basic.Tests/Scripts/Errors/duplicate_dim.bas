10 FOR I = 1 TO 2
20 DIM A(I)
30 NEXT
' EXPECT: Duplicate Definition in 20
