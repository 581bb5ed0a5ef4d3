10 PRINT "START"
20 A = 0
30 PRINT 5 / A
' EXPECT: START
' EXPECT: Division by zero in 30
