/* calendar.c: see calendar.h. */
#include "calendar.h"

#include <stdio.h>

/* cd_calendar_days for a year from 1 on (yy = y - (m <= 2) >= 0) and a
 * month 1..12, the news' dates: the same sums in unsigned arithmetic,
 * whose divisions by constants need no sign fix. */
static long days_from_year_one(long yy, int m, int d) {
  unsigned long uy = (unsigned long)yy, era = uy / 400, yoe = uy - era * 400;
  unsigned mp = (unsigned)(m > 2 ? m - 3 : m + 9);
  unsigned long doe = yoe * 365 + yoe / 4 - yoe / 100 + (153u * mp + 2) / 5;
  return (long)(era * 146097 + doe) + d - 1 - 719468;
}

long cd_calendar_days(int y, int m, int d) {
  long yy = y - (m <= 2);
  if (yy >= 0 && m >= 1 && m <= 12) return days_from_year_one(yy, m, d);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void cd_calendar_civil(long z, int *y, int *m, int *d) {
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097; /* 0..146096: the divisions below in unsigned arithmetic */
  yoe = (long)(((unsigned long)doe - (unsigned long)doe / 1460 + (unsigned long)doe / 36524 -
                (unsigned long)doe / 146096) /
               365);
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int cd_calendar_month_days(int y, int m) {
  static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 ? 28 + leap : n[m - 1];
}

int cd_calendar_weekday(long days) { /* 1970-01-01 was a Thursday */
  return (int)(((days % 7) + 7 + 3) % 7);
}

int cd_calendar_parse(cd_date *out, const char *s, size_t n) {
  cd_date d = {0, 0, 0};
  out->year = out->month = out->day = 0;
  if (n != 10) return 0;
  for (size_t i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9') return 0;
  d.year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  d.month = (s[5] - '0') * 10 + (s[6] - '0');
  d.day = (s[8] - '0') * 10 + (s[9] - '0');
  if (d.year == 0 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > cd_calendar_month_days(d.year, d.month))
    return 0;
  *out = d;
  return 1;
}

char *cd_calendar_format(const cd_date *d, char *buf, size_t n) {
  if (!d->year)
    snprintf(buf, n, "%s", "");
  else
    snprintf(buf, n, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf;
}
