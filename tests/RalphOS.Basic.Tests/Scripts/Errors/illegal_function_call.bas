10 PRINT LOG(-1)
' EXPECT: Illegal function call in 10
