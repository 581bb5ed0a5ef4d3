10 PRINT "A"
20 X = 2 *
' EXPECT: A
' EXPECT: Missing operand in 20
