//! The people a report says were reached. Each help carries the answer to "first time at
//! this digipunt this year?" (`Reach` estimates people from them), but the answers are not
//! published: "101 times helped, 100 people" would say that one person came back. So the
//! answers are protected as a table with the grand total known, and the estimate
//! published is the least that any answers agreeing with that table give: a function of
//! what the table would publish, so it can never reveal a suppressed answer.

use super::protect::Shown;
use super::query::Group;
use super::reach::Reach;
use super::report::published;
use super::table::Table;

/// The estimated number of different people reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate {
    Exact(u64),
    /// The protected counts allow several values; this is the least of them.
    AtLeast(u64),
    /// Below the threshold.
    Small,
    /// Not published.
    Hidden,
}

impl Estimate {
    /// Percent of a yearly target, worked out from the published estimate only.
    pub fn percent_of(self, target: u64) -> Estimate {
        match self {
            _ if target == 0 => Estimate::Hidden,
            Estimate::Exact(people) => Estimate::Exact(people * 100 / target),
            Estimate::AtLeast(people) => Estimate::AtLeast(people * 100 / target),
            Estimate::Small | Estimate::Hidden => Estimate::Hidden,
        }
    }
}

/// People reached from the first-visit groups (`count_by(FirstVisit)`) of `all` helps.
pub(super) fn people(first_visits: &[Group], all: u64, threshold: u64) -> Estimate {
    if all == 0 {
        return Estimate::Exact(0);
    }
    if all < threshold {
        return Estimate::Small;
    }
    let table = Table::build(first_visits, 1, threshold);
    if table.total() != Shown::Count(all) {
        return Estimate::Hidden;
    }
    let range = |code: &str| -> (u64, u64) {
        let row = table
            .rows
            .iter()
            .find(|r| r.values.first().map(String::as_str) == Some(code));
        match row.map(|r| r.shown) {
            None => (0, 0),
            Some(Shown::Count(count)) => (count, count),
            Some(Shown::Small) => (1, threshold - 1),
            Some(Shown::Hidden) => (1, all),
        }
    };
    let Some((least, most)) = people_range([range("yes"), range("no"), range("unknown")], all)
    else {
        return Estimate::Hidden;
    };
    if least == most {
        return match published(least, threshold) {
            Shown::Count(people) => Estimate::Exact(people),
            _ => Estimate::Small,
        };
    }
    if most < threshold {
        Estimate::Small
    } else {
        Estimate::AtLeast(least)
    }
}

/// Beyond this many candidate answers the estimate is not published: it only happens
/// when two answers are both hidden in a very large log.
const MOST_CANDIDATES: u64 = 4_000_000;

/// The least and the most estimated people over every split of `all` answers into
/// first visits, returning and unknown within the given ranges.
fn people_range(ranges: [(u64, u64); 3], all: u64) -> Option<(u64, u64)> {
    // The widest range follows from the others; the loops run over the two narrower.
    let mut order = [0, 1, 2];
    order.sort_by_key(|&i| ranges[i].1 - ranges[i].0);
    let [a, b, rest] = order;
    let candidates = (ranges[a].1 - ranges[a].0 + 1).saturating_mul(ranges[b].1 - ranges[b].0 + 1);
    if candidates > MOST_CANDIDATES {
        return None;
    }
    let mut found: Option<(u64, u64)> = None;
    for x in ranges[a].0..=ranges[a].1 {
        for y in ranges[b].0..=ranges[b].1 {
            let Some(z) = all.checked_sub(x + y) else {
                continue;
            };
            if z < ranges[rest].0 || z > ranges[rest].1 {
                continue;
            }
            let mut split = [0; 3];
            split[a] = x;
            split[b] = y;
            split[rest] = z;
            let people = Reach {
                interactions: all,
                first_visits: split[0],
                returning: split[1],
                unknown: split[2],
            }
            .estimated_people();
            found = Some(found.map_or((people, people), |(least, most)| {
                (least.min(people), most.max(people))
            }));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(value: &str, count: u64) -> Group {
        Group {
            values: vec![value.to_owned()],
            count,
        }
    }

    #[test]
    fn people_are_exact_when_every_answer_is_published() {
        let answers = [group("no", 20), group("unknown", 50), group("yes", 30)];
        // 30 of 50 known were first visits: 50 unknown count as 30.
        assert_eq!(people(&answers, 100, 5), Estimate::Exact(60));
        assert_eq!(people(&[group("unknown", 12)], 12, 5), Estimate::Exact(12));
    }

    #[test]
    fn a_suppressed_answer_gives_the_least_people_it_allows() {
        // 3 returning visits beside 98 first: published exactly, 98 of 101 would give
        // the 3 away. The table shows no <5 and yes x (98), so every split 97..100 of the
        // first visits agrees; the least is 97.
        let answers = [group("no", 3), group("yes", 98)];
        assert_eq!(people(&answers, 101, 5), Estimate::AtLeast(97));
        // With 1 returning, 100 - 1 would not be safer: still the least the table allows.
        let answers = [group("no", 1), group("yes", 100)];
        assert_eq!(people(&answers, 101, 5), Estimate::AtLeast(97));
    }

    #[test]
    fn few_interactions_give_few_people() {
        assert_eq!(people(&[group("yes", 3)], 3, 5), Estimate::Small);
        assert_eq!(people(&[], 0, 5), Estimate::Exact(0));
    }

    #[test]
    fn a_percentage_follows_the_published_people() {
        assert_eq!(Estimate::Exact(250).percent_of(1000), Estimate::Exact(25));
        assert_eq!(Estimate::AtLeast(97).percent_of(200), Estimate::AtLeast(48));
        assert_eq!(Estimate::Small.percent_of(10), Estimate::Hidden);
    }
}
