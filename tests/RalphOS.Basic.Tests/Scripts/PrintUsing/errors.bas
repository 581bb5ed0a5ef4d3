' PRINT USING errors are BASIC errors: a format without any field (after printing its
' text), an empty format, a string for a number field and the reverse, more than 24 digit
' positions.
10 ON ERROR GOTO 100
20 PRINT USING "NO FIELDS"; 1
30 PRINT USING ""; 1
40 PRINT USING "##"; "A"
50 PRINT USING "!"; 5
60 PRINT USING "#########################"; 1
70 PRINT USING "_"; 1
80 END
100 PRINT "ERROR"; ERR; "IN"; ERL: RESUME NEXT
' EXPECT: NO FIELDSERROR 5 IN 20 
' EXPECT: ERROR 5 IN 30 
' EXPECT: ERROR 13 IN 40 
' EXPECT: ERROR 13 IN 50 
' EXPECT: ERROR 5 IN 60 
' EXPECT: _ERROR 5 IN 70 
