' PRINT USING: literal text between fields, _ for a literal character, the format used
' again from its start when values remain, a final ";" keeping the line.
10 PRINT USING "_###"; 5
20 PRINT USING "##_%"; 50
30 PRINT USING "AMOUNT ## AND ##.# END"; 1, 2.25, 3, 4.75, 5
40 PRINT USING "X ## Y"; 1;
50 PRINT "SAME"
60 PRINT USING "(#)"; 1; 2; 3
70 PRINT USING "##.## is_ _!"; 1.5
' EXPECT: # 5
' EXPECT: 50%
' EXPECT: AMOUNT  1 AND  2.3 ENDAMOUNT  3 AND  4.8 ENDAMOUNT  5 AND 
' EXPECT: X  1 YSAME
' EXPECT: (1)(2)(3)
' EXPECT:  1.50 is !
