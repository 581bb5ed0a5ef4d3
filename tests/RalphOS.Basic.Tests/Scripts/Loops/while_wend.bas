10 I = 0
20 WHILE I < 3
30 I = I + 1 : PRINT I;
40 WEND
50 PRINT
60 WHILE 0 : PRINT "NEVER" : WEND
70 N = 0 : WHILE N < 2 : M = 0 : WHILE M < 2 : PRINT N; M; "/"; : M = M + 1 : WEND : N = N + 1 : WEND
80 PRINT
' EXPECT:  1  2  3
' EXPECT:  0  0 / 0  1 / 1  0 / 1  1 /
