10 INPUT A
20 INPUT "TWO NUMBERS"; B, C
30 INPUT "NAME: ", N$
40 PRINT A + B + C; N$
50 INPUT X
60 PRINT X
' INPUT: 5
' INPUT: 1, 2
' INPUT: Ralph
' INPUT: abc
' INPUT: 1,2
' INPUT: 9
' EXPECT: ? 5
' EXPECT: TWO NUMBERS? 1, 2
' EXPECT: NAME: Ralph
' EXPECT:  8 Ralph
' EXPECT: ? abc
' EXPECT: ?Redo from start
' EXPECT: ? 1,2
' EXPECT: ?Redo from start
' EXPECT: ? 9
' EXPECT:  9
