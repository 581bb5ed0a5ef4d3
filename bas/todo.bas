10 REM TODO.BAS - a TODO list served over HTTP/1.1 on port 8080 (LOAD "todo" then RUN)
20 REM Browse to http://<host>:8080/ : a form adds an item, each item has a delete link.
30 REM Several clients are served at once without SLEEP: each pass of the main loop accepts
40 REM a waiting client into a free slot, then reads what every open connection has sent so
50 REM far (non-blocking RECV$), so a slow client never holds up the others. Each request is
60 REM answered once its head (up to the blank line) is complete; Connection: close.
70 REM Items are kept in TODO.DAT on the data disk (memory only without a disk). Ctrl-C stops it.
100 REM ---------- Settings and state ----------
110 PORT = 8080 : MAXITEMS = 20 : MAXLEN = 200 : MAXCONN = 8 : MAXREQ = 2048 : IDLESEC = 10 : DATAFILE$ = "TODO.DAT"
120 REM ITEM$() holds each item already HTML-escaped, RAW$() as typed (what the file keeps); ITEMID() its stable id
130 DIM ITEM$(20), RAW$(20), ITEMID(20), ENT$(5)
140 NITEMS = 0 : NEXTID = 1
150 REM One slot per open connection: its socket (-1 = free), the request so far, last activity
160 DIM CSOCK(8), CBUF$(8), CSEEN(8)
170 FOR C = 1 TO MAXCONN : CSOCK(C) = -1 : CBUF$(C) = "" : NEXT C
180 CR$ = CHR$(13) : LF$ = CHR$(10) : CRLF$ = CR$ + LF$ : QT$ = CHR$(34) : HX$ = "0123456789ABCDEF"
190 ESC$ = "&<>" + QT$ + "'" : ENT$(1) = "&amp;" : ENT$(2) = "&lt;" : ENT$(3) = "&gt;" : ENT$(4) = "&quot;" : ENT$(5) = "&#39;"
200 REM ---------- Open the listening socket ----------
210 LSOCK = SOCKET()
220 IF LSOCK < 0 THEN PRINT "TODO app: no free socket" : END
230 IF LISTEN(LSOCK, PORT) <> 1 THEN PRINT "TODO app: cannot listen on port"; PORT : END
240 PRINT "TODO app listening on port "; LTRIM$(STR$(PORT))
250 GOSUB 2500
300 REM ---------- Main loop: accept new clients, then poll every open connection ----------
310 GOSUB 400
320 FOR C = 1 TO MAXCONN
330 IF CSOCK(C) >= 0 THEN GOSUB 500
340 NEXT C
350 GOTO 310
400 REM ---------- Accept one waiting client if a slot is free (else it waits in the backlog) ----------
410 FREE = 0
420 FOR I = MAXCONN TO 1 STEP -1 : IF CSOCK(I) < 0 THEN FREE = I
430 NEXT I
440 IF FREE = 0 THEN RETURN
450 S = ACCEPT(LSOCK)
460 IF S < 0 THEN RETURN
470 CSOCK(FREE) = S : CBUF$(FREE) = "" : CSEEN(FREE) = TIMER
480 RETURN
500 REM ---------- Poll connection C: gather its request, answer once the head is complete ----------
510 R$ = RECV$(CSOCK(C))
520 IF LEN(R$) > 0 THEN CBUF$(C) = CBUF$(C) + R$ : CSEEN(C) = TIMER
530 REM Blank lines before a request line are ignored (RFC 9112 section 2.2)
540 WHILE LEFT$(CBUF$(C), 1) = CR$ OR LEFT$(CBUF$(C), 1) = LF$ : CBUF$(C) = MID$(CBUF$(C), 2) : WEND
550 REM The head ends at an empty line: CRLF CRLF, or bare LF LF from lenient clients
560 HEND = INSTR(CBUF$(C), CRLF$ + CRLF$) : HLEN = HEND + 3
570 IF HEND = 0 THEN HEND = INSTR(CBUF$(C), LF$ + LF$) : HLEN = HEND + 1
580 IF HEND > 0 AND HLEN <= MAXREQ THEN GOSUB 1000 : RETURN
590 IF HEND > 0 OR LEN(CBUF$(C)) > MAXREQ THEN ST = 400 : MSG$ = "The request is too long." : GOSUB 2200 : RETURN
600 IF LEN(R$) > 0 THEN RETURN
610 REM Nothing new: a client that hung up is dropped (400 if it left half a request)
620 SS = SOCKSTATE(CSOCK(C))
630 IF SS = 7 AND LEN(CBUF$(C)) > 0 THEN ST = 400 : MSG$ = "The request is incomplete." : GOSUB 2200 : RETURN
640 IF SS <> 4 THEN GOSUB 2100 : RETURN
650 REM A client idle for IDLESEC seconds is dropped (408 if it started a request)
660 IDLE = TIMER - CSEEN(C) : IF IDLE < 0 THEN IDLE = IDLE + 86400
670 IF IDLE < IDLESEC THEN RETURN
680 IF LEN(CBUF$(C)) > 0 THEN ST = 408 : MSG$ = "The request took too long to arrive." : GOSUB 2200 : RETURN
690 GOSUB 2100 : RETURN
1000 REM ---------- Parse the request line: METHOD SP TARGET SP HTTP/1.x (RFC 9112 section 3) ----------
1010 B$ = LEFT$(CBUF$(C), HLEN) : E = INSTR(B$, LF$) : RL$ = LEFT$(B$, E - 1) : HEADREQ = 0
1020 IF RIGHT$(RL$, 1) = CR$ THEN RL$ = LEFT$(RL$, LEN(RL$) - 1)
1030 S1 = INSTR(RL$, " ") : S2 = 0 : IF S1 > 0 THEN S2 = INSTR(S1 + 1, RL$, " ")
1040 METHOD$ = "" : TARGET$ = "" : VERSION$ = "" : BAD = 0
1050 IF S2 > 0 THEN METHOD$ = LEFT$(RL$, S1 - 1) : TARGET$ = MID$(RL$, S1 + 1, S2 - S1 - 1) : VERSION$ = MID$(RL$, S2 + 1)
1060 IF METHOD$ = "" OR TARGET$ = "" OR LEN(VERSION$) <> 8 OR LEFT$(VERSION$, 7) <> "HTTP/1." THEN BAD = 1
1070 IF BAD = 0 THEN IF INSTR("0123456789", RIGHT$(VERSION$, 1)) = 0 THEN BAD = 1
1080 FOR I = 1 TO LEN(METHOD$) : IF INSTR("ABCDEFGHIJKLMNOPQRSTUVWXYZ", MID$(METHOD$, I, 1)) = 0 THEN BAD = 1
1090 NEXT I
1100 REM Absolute form (http://host/path) is accepted too (RFC 9112 section 3.2.2)
1110 IF LCASE$(LEFT$(TARGET$, 7)) = "http://" THEN I = INSTR(8, TARGET$, "/") : IF I > 0 THEN TARGET$ = MID$(TARGET$, I) ELSE TARGET$ = "/"
1120 IF LEFT$(TARGET$, 1) <> "/" THEN BAD = 1
1130 REM ---------- Check the header lines: NAME: value, exactly one Host in HTTP/1.1 ----------
1140 HOSTS = 0 : P = E + 1
1150 WHILE P <= HEND
1160 Q = INSTR(P, B$, LF$) : IF Q = 0 THEN Q = LEN(B$) + 1
1170 L$ = MID$(B$, P, Q - P) : IF RIGHT$(L$, 1) = CR$ THEN L$ = LEFT$(L$, LEN(L$) - 1)
1180 K = INSTR(L$, ":") : IF K < 2 THEN BAD = 1 ELSE IF INSTR(LEFT$(L$, K), " ") > 0 OR INSTR(LEFT$(L$, K), CHR$(9)) > 0 THEN BAD = 1
1190 IF LCASE$(LEFT$(L$, K)) = "host:" THEN HOSTS = HOSTS + 1
1200 P = Q + 1
1210 WEND
1220 IF HOSTS > 1 OR (VERSION$ = "HTTP/1.1" AND HOSTS = 0) THEN BAD = 1
1230 IF BAD THEN ST = 400 : MSG$ = "The request is malformed." : GOSUB 2200 : RETURN
1240 REM ---------- Route: GET or HEAD of /, /add, /delete; anything else is 404 ----------
1250 IF METHOD$ = "HEAD" THEN HEADREQ = 1
1260 IF METHOD$ <> "GET" AND METHOD$ <> "HEAD" THEN ST = 405 : XHDR$ = "Allow: GET, HEAD" + CRLF$ : MSG$ = "Only GET and HEAD are supported." : GOSUB 2200 : RETURN
1270 I = INSTR(TARGET$, "?") : PATH$ = TARGET$ : QUERY$ = ""
1280 IF I > 0 THEN PATH$ = LEFT$(TARGET$, I - 1) : QUERY$ = MID$(TARGET$, I + 1)
1290 IF PATH$ = "/" THEN GOSUB 1500 : RETURN
1300 IF PATH$ = "/add" THEN GOSUB 1600 : RETURN
1310 IF PATH$ = "/delete" THEN GOSUB 1700 : RETURN
1320 ST = 404 : MSG$ = "There is no page here." : GOSUB 2200 : RETURN
1500 REM ---------- GET / : the page with the form and the list ----------
1510 BODY$ = "<!DOCTYPE html>" + LF$ + "<html><head><meta charset=" + QT$ + "utf-8" + QT$ + "><title>TODO</title></head>" + LF$ + "<body>" + LF$ + "<h1>TODO</h1>" + LF$
1520 BODY$ = BODY$ + "<form action=" + QT$ + "/add" + QT$ + " method=" + QT$ + "get" + QT$ + ">"
1530 BODY$ = BODY$ + "<input name=" + QT$ + "item" + QT$ + " maxlength=" + QT$ + LTRIM$(STR$(MAXLEN)) + QT$ + " autofocus> <button>Add</button></form>" + LF$
1540 IF NITEMS >= MAXITEMS THEN GOSUB 1580 : BODY$ = BODY$ + "<p><strong>" + MSG$ + "</strong></p>" + LF$
1550 IF NITEMS = 0 THEN BODY$ = BODY$ + "<p>Nothing to do.</p>" + LF$ ELSE GOSUB 1560
1555 BODY$ = BODY$ + "<p>" + LTRIM$(STR$(NITEMS)) + " of " + LTRIM$(STR$(MAXITEMS)) + " items</p>" + LF$ + "</body></html>" + LF$
1557 ST = 200 : GOSUB 2000 : RETURN
1560 BODY$ = BODY$ + "<ul>" + LF$
1565 FOR I = 1 TO NITEMS
1570 BODY$ = BODY$ + "<li>" + ITEM$(I) + " <a href=" + QT$ + "/delete?id=" + LTRIM$(STR$(ITEMID(I))) + QT$ + ">delete</a></li>" + LF$
1575 NEXT I : BODY$ = BODY$ + "</ul>" + LF$ : RETURN
1580 MSG$ = "The list is full (" + LTRIM$(STR$(MAXITEMS)) + " items). Delete an item to add another." : RETURN
1600 REM ---------- GET /add?item=TEXT : add it (decoded, escaped), then 302 to / ----------
1610 K$ = "item" : GOSUB 1800
1620 IF F = 0 THEN ST = 400 : MSG$ = "The item is missing." : GOSUB 2200 : RETURN
1630 GOSUB 1900 : X$ = LEFT$(LTRIM$(RTRIM$(X$)), MAXLEN)
1640 IF X$ = "" THEN GOSUB 2300 : RETURN
1650 IF NITEMS >= MAXITEMS THEN ST = 409 : GOSUB 1580 : GOSUB 2200 : RETURN
1660 GOSUB 1950 : NITEMS = NITEMS + 1 : ITEM$(NITEMS) = Y$ : RAW$(NITEMS) = X$ : ITEMID(NITEMS) = NEXTID : NEXTID = NEXTID + 1
1670 GOSUB 2600 : GOSUB 2300 : RETURN
1700 REM ---------- GET /delete?id=N : remove the item with that id, then 302 to / ----------
1710 K$ = "id" : GOSUB 1800 : BAD = (F = 0 OR LEN(V$) = 0 OR LEN(V$) > 9)
1720 FOR I = 1 TO LEN(V$) : IF INSTR("0123456789", MID$(V$, I, 1)) = 0 THEN BAD = 1
1730 NEXT I
1740 IF BAD THEN ST = 400 : MSG$ = "The item id is missing or not a number." : GOSUB 2200 : RETURN
1750 REM An id already gone (a stale page, a double click) changes nothing
1760 N = VAL(V$) : J = 0 : FOR I = 1 TO NITEMS : IF ITEMID(I) = N THEN J = I
1770 NEXT I
1780 IF J > 0 THEN FOR I = J TO NITEMS - 1 : ITEM$(I) = ITEM$(I + 1) : RAW$(I) = RAW$(I + 1) : ITEMID(I) = ITEMID(I + 1) : NEXT I : NITEMS = NITEMS - 1
1790 IF J > 0 THEN GOSUB 2600
1795 GOSUB 2300 : RETURN
1800 REM ---------- Query parameter K$ of QUERY$ -> V$ (raw), F = 1 when present ----------
1810 V$ = "" : F = 0 : P = 1
1820 WHILE P <= LEN(QUERY$)
1830 Q = INSTR(P, QUERY$, "&") : IF Q = 0 THEN Q = LEN(QUERY$) + 1
1840 IF F = 0 AND MID$(QUERY$, P, LEN(K$) + 1) = K$ + "=" THEN V$ = MID$(QUERY$, P + LEN(K$) + 1, Q - P - LEN(K$) - 1) : F = 1
1850 P = Q + 1
1860 WEND
1870 RETURN
1900 REM ---------- Form decoding of V$ -> X$: + is a space, %XX a byte; control bytes become spaces ----------
1910 X$ = "" : I = 1
1920 WHILE I <= LEN(V$)
1930 CH$ = MID$(V$, I, 1) : IF CH$ = "+" THEN CH$ = " "
1940 IF CH$ = "%" AND I + 2 <= LEN(V$) THEN GOSUB 1980
1945 IF ASC(CH$) < 32 OR ASC(CH$) = 127 THEN CH$ = " "
1947 X$ = X$ + CH$ : I = I + 1
1949 WEND : RETURN
1950 REM ---------- HTML escaping of X$ -> Y$: & < > " ' become entities ----------
1960 Y$ = "" : FOR I = 1 TO LEN(X$) : CH$ = MID$(X$, I, 1) : K = INSTR(ESC$, CH$)
1970 IF K = 0 THEN Y$ = Y$ + CH$ ELSE Y$ = Y$ + ENT$(K)
1975 NEXT I : RETURN
1980 REM Two hex digits after % make one byte; a malformed escape stays as it is
1985 H1 = INSTR(HX$, UCASE$(MID$(V$, I + 1, 1))) : H2 = INSTR(HX$, UCASE$(MID$(V$, I + 2, 1)))
1990 IF H1 > 0 AND H2 > 0 THEN CH$ = CHR$((H1 - 1) * 16 + H2 - 1) : I = I + 2
1995 RETURN
2000 REM ---------- Send the response (ST, BODY$, XHDR$, LOC$), then fall into 2100 to close C ----------
2010 GOSUB 2400
2020 H$ = "HTTP/1.1 " + LTRIM$(STR$(ST)) + " " + RS$ + CRLF$ + "Content-Type: text/html; charset=utf-8" + CRLF$
2030 H$ = H$ + "Content-Length: " + LTRIM$(STR$(LEN(BODY$))) + CRLF$ + XHDR$
2040 IF LOC$ <> "" THEN H$ = H$ + "Location: " + LOC$ + CRLF$
2050 H$ = H$ + "Cache-Control: no-store" + CRLF$ + "Connection: close" + CRLF$ + CRLF$
2060 REM A HEAD response carries the same headers and no body (RFC 9110 section 9.3.2)
2070 IF HEADREQ THEN SEND CSOCK(C), H$ ELSE SEND CSOCK(C), H$ + BODY$
2080 XHDR$ = "" : LOC$ = "" : BODY$ = "" : HEADREQ = 0
2100 REM ---------- Close connection C and free its slot ----------
2110 CLOSE CSOCK(C) : CSOCK(C) = -1 : CBUF$(C) = ""
2120 RETURN
2200 REM ---------- An error page for status ST with the message MSG$ ----------
2210 GOSUB 2400
2220 BODY$ = "<!DOCTYPE html>" + LF$ + "<html><head><meta charset=" + QT$ + "utf-8" + QT$ + "><title>" + RS$ + "</title></head>" + LF$
2230 BODY$ = BODY$ + "<body><h1>" + LTRIM$(STR$(ST)) + " " + RS$ + "</h1>" + LF$ + "<p>" + MSG$ + "</p>" + LF$
2240 BODY$ = BODY$ + "<p><a href=" + QT$ + "/" + QT$ + ">Back to the list</a></p>" + LF$ + "</body></html>" + LF$
2250 GOSUB 2000 : RETURN
2300 REM ---------- 302 Found: send the browser back to the list ----------
2310 ST = 302 : LOC$ = "/" : BODY$ = "<a href=" + QT$ + "/" + QT$ + ">Back to the list</a>" + LF$
2320 GOSUB 2000 : RETURN
2400 REM ---------- The reason phrase RS$ for status ST (RFC 9110 section 15) ----------
2410 RS$ = "Error"
2420 IF ST = 200 THEN RS$ = "OK"
2430 IF ST = 302 THEN RS$ = "Found"
2440 IF ST = 400 THEN RS$ = "Bad Request"
2450 IF ST = 404 THEN RS$ = "Not Found"
2460 IF ST = 405 THEN RS$ = "Method Not Allowed"
2470 IF ST = 408 THEN RS$ = "Request Timeout"
2480 IF ST = 409 THEN RS$ = "Conflict"
2490 RETURN
2500 REM ---------- Load the list from DATAFILE$: one "ID TEXT" line per item (no file yet: empty) ----------
2510 ON ERROR GOTO 2580 : OPEN DATAFILE$ FOR INPUT AS #1
2520 WHILE NOT EOF(1) AND NITEMS < MAXITEMS
2530 LINE INPUT #1, L$ : K = INSTR(L$, " ") : N = 0 : IF K > 1 AND K < 11 THEN N = VAL(LEFT$(L$, K - 1))
2540 REM A line that is not "ID TEXT" (a hand-edited file) is skipped; the text is cleaned and escaped as /add does
2550 IF N >= 1 AND N = INT(N) THEN X$ = MID$(L$, K + 1) : GOSUB 2565 : X$ = LEFT$(LTRIM$(RTRIM$(X$)), MAXLEN) : IF X$ <> "" THEN GOSUB 2570
2560 WEND : CLOSE #1 : ON ERROR GOTO 0 : PRINT "TODO app: "; LTRIM$(STR$(NITEMS)); " items from "; DATAFILE$ : RETURN
2565 FOR I = 1 TO LEN(X$) : IF ASC(MID$(X$, I, 1)) < 32 OR ASC(MID$(X$, I, 1)) = 127 THEN MID$(X$, I, 1) = " "
2567 NEXT I : RETURN
2570 GOSUB 1950 : NITEMS = NITEMS + 1 : ITEM$(NITEMS) = Y$ : RAW$(NITEMS) = X$ : ITEMID(NITEMS) = N : IF N >= NEXTID THEN NEXTID = N + 1
2575 RETURN
2580 REM No file yet (53) is an empty list; any other error is reported and the list starts empty
2585 IF ERR <> 53 THEN PRINT "TODO app: cannot read "; DATAFILE$; ": error"; ERR
2590 RESUME 2595
2595 ON ERROR GOTO 0 : CLOSE #1 : RETURN
2600 REM ---------- Save the list to DATAFILE$, whole: the disk keeps the old or the new list ----------
2610 ON ERROR GOTO 2680 : OPEN DATAFILE$ FOR OUTPUT AS #1
2620 FOR I = 1 TO NITEMS : PRINT #1, LTRIM$(STR$(ITEMID(I))); " "; RAW$(I) : NEXT I
2630 CLOSE #1
2640 ON ERROR GOTO 0 : RETURN
2680 PRINT "TODO app: the list was not saved to "; DATAFILE$; ": error"; ERR; "(it stays in memory)"
2690 RESUME 2640
