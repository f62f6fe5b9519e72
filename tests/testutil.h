/* testutil.h: what every cmocka test file includes first.
 * cmocka 1.1.5 needs these headers before <cmocka.h>. */
#ifndef CD_TESTUTIL_H
#define CD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#endif
