10 INPUT A
20 PRINT "NEVER"
' EXPECT: ?
' EXPECT: Input past end in 10
