"""Term arithmetic per 2021刑诉解释 第二百零二条② (legal-rules B.4).

以月计算的刑期，自本月某日至下月同日的前一日为一个月；刑期起算日为本月最后一日的，
至下月最后一日的前一日为一个月；下月同日不存在的，自本月某日至下月最后一日的前一日为一个月。

>>> term_end(date(2019, 1, 1), 18)
datetime.date(2020, 6, 30)
>>> term_end(date(2019, 1, 31), 1)   # start on a month's last day
datetime.date(2019, 2, 27)
>>> term_end(date(2019, 1, 30), 1)   # 2月30日 does not exist
datetime.date(2019, 2, 27)
>>> term_end(date(2017, 10, 20), 7)
datetime.date(2018, 5, 19)
>>> term_end(date(2020, 1, 1), 2, days=15)
datetime.date(2020, 3, 15)
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = ["add_months", "term_end"]


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(start: date, months: int) -> date:
    """The day ``months`` later per Art. 202: month-end starts and missing days go to the month's last day."""
    y, m = divmod(start.month - 1 + months, 12)
    y += start.year
    m += 1
    last = _last_day(y, m)
    if start.day == _last_day(start.year, start.month) or start.day > last:
        return date(y, m, last)
    return date(y, m, start.day)


def term_end(start: date, months: int, days: int = 0) -> date:
    """The last day of a term of ``months`` (+ ``days``) that starts on ``start`` (inclusive)."""
    return add_months(start, months) + timedelta(days=days) - timedelta(days=1)
