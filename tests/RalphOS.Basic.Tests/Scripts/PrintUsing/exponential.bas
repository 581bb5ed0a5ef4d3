' PRINT USING ^^^^: the mantissa fills the digit positions (one kept for the sign when
' the field has none), two exponent digits.
10 PRINT USING "##.##^^^^"; 234.56; -234.56; 0; .000123
20 PRINT USING ".####^^^^"; 888888; -888888
30 PRINT USING "+.##^^^^"; 123
40 PRINT USING "+#^^^^"; 5
50 PRINT USING "###.##^^^^-"; -5.5, 5.5
60 PRINT USING "#^^^^"; 1
' EXPECT:  2.35E+02-2.35E+02 0.00E+00 1.23E-04
' EXPECT: .8889E+06%-.8889E+06
' EXPECT: +.12E+03
' EXPECT: +5E+00
' EXPECT: 550.00E-02-550.00E-02 
' EXPECT:  E+01
