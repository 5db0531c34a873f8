//! The days a report covers: a week (Monday to Sunday, as ISO weeks), a calendar month,
//! quarter or year around a given day, or any span from one day to another.

use chrono::{Datelike, Days, Months, NaiveDate};

/// From `from` to `to`, both included; `from` never comes after `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    from: NaiveDate,
    to: NaiveDate,
}

impl Period {
    /// Any span of days; `None` when `from` comes after `to`.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        (from <= to).then_some(Period { from, to })
    }

    /// The ISO week of `day`: its Monday to its Sunday, across a year's end if need be.
    pub fn week_of(day: NaiveDate) -> Period {
        let back = u64::from(day.weekday().num_days_from_monday());
        let from = day - Days::new(back);
        Period {
            from,
            to: from + Days::new(6),
        }
    }

    pub fn month_of(day: NaiveDate) -> Period {
        Self::months_from(first_of(day.year(), day.month()), 1)
    }

    /// January-March, April-June, July-September or October-December.
    pub fn quarter_of(day: NaiveDate) -> Period {
        let first_month = (day.month0() / 3) * 3 + 1;
        Self::months_from(first_of(day.year(), first_month), 3)
    }

    pub fn year_of(day: NaiveDate) -> Period {
        Self::months_from(first_of(day.year(), 1), 12)
    }

    /// `months` whole calendar months from the first day `from`.
    fn months_from(from: NaiveDate, months: u32) -> Period {
        // Only the last representable dates overflow; the period then ends there.
        let to = from
            .checked_add_months(Months::new(months))
            .and_then(|next| next.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        Period { from, to }
    }

    pub fn from(&self) -> NaiveDate {
        self.from
    }

    pub fn to(&self) -> NaiveDate {
        self.to
    }
}

fn first_of(year: i32, month: u32) -> NaiveDate {
    // Day 1 exists in every month of every year chrono represents.
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}
