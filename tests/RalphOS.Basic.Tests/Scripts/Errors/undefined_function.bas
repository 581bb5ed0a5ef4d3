10 PRINT FNX(1)
20 DEF FNX(A) = A
' EXPECT: Undefined user function in 10
