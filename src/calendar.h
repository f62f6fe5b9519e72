/* calendar.h: dates as numbers: "YYYY-MM-DD" parsed and checked, days since
 * 1970-01-01 and back, weekdays. Proleptic Gregorian, no time zones.
 *
 * Pure functions of their arguments: O(1), no allocation. */
#ifndef CD_CALENDAR_H
#define CD_CALENDAR_H

#include <stddef.h>

#include "common.h"

/* cd_calendar_parse: reads s[0, n) as "YYYY-MM-DD" (exactly 10 bytes) into
 * *out and returns 1 when it is a real calendar date (2024-02-29 yes,
 * 2025-02-29 no); otherwise returns 0 and sets *out to no date (year 0). */
int cd_calendar_parse(cd_date *out, const char *s, size_t n);

/* cd_calendar_format: "YYYY-MM-DD" into buf (at least 11 bytes), or "" for
 * no date. Returns buf. */
char *cd_calendar_format(const cd_date *d, char *buf, size_t n);

/* cd_calendar_days: days since 1970-01-01 of y-m-d (negative before it);
 * cd_calendar_civil: the inverse (H. Hinnant's days_from_civil). */
long cd_calendar_days(int y, int m, int d);
void cd_calendar_civil(long days, int *y, int *m, int *d);

/* cd_calendar_month_days: 28..31 for month m (1..12) of year y. */
int cd_calendar_month_days(int y, int m);

/* cd_calendar_weekday: 0 for Monday .. 6 for Sunday. */
int cd_calendar_weekday(long days);

#endif
