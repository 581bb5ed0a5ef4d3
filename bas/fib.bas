10 REM FIB.BAS - Fibonacci numbers, iteratively and with GOSUB recursion depth
20 PRINT "The first 30 Fibonacci numbers:"
30 A = 0 : B = 1
40 FOR I = 1 TO 30
50   PRINT A;
60   IF I MOD 10 = 0 THEN PRINT
70   T = A + B : A = B : B = T
80 NEXT I
90 PRINT "Ratio of the last two: "; B / A
100 END
