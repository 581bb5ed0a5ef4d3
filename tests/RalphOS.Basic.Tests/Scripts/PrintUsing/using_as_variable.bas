' USING is reserved only in front of a format: an old program's variable USING still prints.
10 USING = 5
20 PRINT USING
30 PRINT USING; "X"
' EXPECT:  5
' EXPECT:  5 X
