' PRINT USING: leading and trailing + and -, ** asterisk fill, $$ floating dollar, **$.
10 PRINT USING "+##.##"; 5; -5
20 PRINT USING "##.##+"; 5; -5
30 PRINT USING "##.##-"; 5; -5
40 PRINT USING "**###.##"; 12.5; -12.5
50 PRINT USING "$$###.##"; 12.5; -12.5
60 PRINT USING "**$##.##"; 12.5; 1234.5
70 PRINT USING "$$.##"; .75
80 PRINT USING "**"; 5; 123
90 PRINT USING "$$"; 5; 12
100 PRINT USING "+$$##"; -5
110 PRINT USING "**.##"; .5
120 PRINT USING "$$,###.##"; 12345.678
' EXPECT:  +5.00 -5.00
' EXPECT:  5.00+ 5.00-
' EXPECT:  5.00  5.00-
' EXPECT: ***12.50**-12.50
' EXPECT:   $12.50 -$12.50
' EXPECT: **$12.50$1234.50
' EXPECT:  $.75
' EXPECT: *5%123
' EXPECT: $5%$12
' EXPECT:   -$5
' EXPECT: *0.50
' EXPECT: %$12346,
