' PRINT USING string fields: ! first character, \  \ 2 + n characters, & the whole string.
10 PRINT USING "!"; "ABC"; "XYZ"
20 PRINT USING "\  \"; "ABCDEFG"; "AB"
30 PRINT USING "&!"; "HELLO"; "WORLD"
40 PRINT USING "\\"; "ABC"
50 PRINT USING "[&]"; ""
60 PRINT USING "THE NAME IS \ \ AND ##"; "JOHNSON", 7
70 A$ = "!-&": PRINT USING A$; "YES"; "NO"
' EXPECT: AX
' EXPECT: ABCDAB  
' EXPECT: HELLOW
' EXPECT: AB
' EXPECT: []
' EXPECT: THE NAME IS JOH AND  7
' EXPECT: Y-NO
