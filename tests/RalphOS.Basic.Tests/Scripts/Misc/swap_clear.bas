10 A = 1 : B = 2 : SWAP A, B : PRINT A; B
20 A$ = "X" : B$ = "Y" : SWAP A$, B$ : PRINT A$; B$
30 CLEAR : PRINT A; "["; A$; "]"
40 PRINT &HFF; &O17; &H10 + 1
' EXPECT:  2  1
' EXPECT: YX
' EXPECT:  0 []
' EXPECT:  255  15  17
