' PRINT USING number fields: # and . positions, rounding half-up, negative numbers, the
' leading zero when there is room, "%" when a number does not fit (GW-BASIC output,
' recorded from pcbasic).
10 PRINT USING "##.##"; 3.14159
20 PRINT USING "###.##"; 1.5; -1.5; 0; .5; 999.999; 12345.6
30 PRINT USING "##"; 123; -12; -5; 99.5
40 PRINT USING "#.##"; 2.675; .125; -.5
50 PRINT USING "###"; -.4; .4; .5; 1.5; 2.5
60 PRINT USING ".##"; .5; 0; 1
70 PRINT USING "#."; 0; 3
80 PRINT USING "##.##"; -.001
90 PRINT USING "#####,.##"; 1234.5
100 PRINT USING "#,###.##"; 1234567.5; 1234.5; 12
110 PRINT USING "##,##"; 12345
' EXPECT:  3.14
' EXPECT:   1.50 -1.50  0.00  0.50%1000.00%12345.60
' EXPECT: %123%-12-5%100
' EXPECT: 2.680.13-.50
' EXPECT:  -0  0  1  2  3
' EXPECT: .50.00%1.00
' EXPECT: 0.3.
' EXPECT: -0.00
' EXPECT:  1,234.50
' EXPECT: %1,234,567.501,234.50   12.00
' EXPECT: %12,345
