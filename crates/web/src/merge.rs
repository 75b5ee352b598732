//! Two tabs never lose work: when another tab saved a version of a draft
//! that this tab has changed too, the two versions are merged answer by
//! answer. Every answer (and the website details as one block) carries the
//! draft revision at which it last changed; `base` is the revision both tabs
//! started from (the one this tab last saw in storage). What only one side
//! changed since `base` is taken from that side; what both changed
//! differently is a [`Clash`]: this tab's version stays until the citizen
//! chooses, per answer, which one to keep.

use crate::draft::{Draft, DraftAnswer};
use std::collections::BTreeSet;

/// An answer (or the website details) that both tabs changed differently.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Clash {
    /// The website, body, set, day and assessor: the other tab's version.
    Details(Box<Draft>),
    /// One criterion's answer: the other tab's version (`None`: removed).
    Answer {
        /// The criterion.
        criterion: String,
        /// The other tab's answer.
        theirs: Option<DraftAnswer>,
    },
}

impl Clash {
    /// The criterion it concerns, or `None` for the details.
    pub(crate) fn criterion(&self) -> Option<&str> {
        match self {
            Clash::Details(_) => None,
            Clash::Answer { criterion, .. } => Some(criterion),
        }
    }
}

/// `mine` and `theirs` merged from `base`, with what clashes. The merged
/// draft's revision is above both, so that it is saved over theirs.
pub(crate) fn merge(mine: &Draft, theirs: &Draft, base: u64) -> (Draft, Vec<Clash>) {
    if mine.revision <= base {
        // Nothing changed here since the version both started from.
        return (theirs.clone(), Vec::new());
    }
    let mut merged = mine.clone();
    merged.revision = mine.revision.max(theirs.revision) + 1;
    let mut clashes = Vec::new();
    if !mine.same_details(theirs) {
        let (m, t) = (mine.details_changed > base, theirs.details_changed > base);
        if t && !m {
            merged.take_details(theirs);
        } else if m == t {
            clashes.push(Clash::Details(Box::new(theirs.clone())));
        }
    }
    let ids: BTreeSet<&String> = mine.answers.keys().chain(theirs.answers.keys()).collect();
    for id in ids {
        let (m, t) = (mine.answers.get(id), theirs.answers.get(id));
        let changed = |a: Option<&DraftAnswer>| a.is_some_and(|a| a.changed > base);
        let pick = match (m, t) {
            (Some(m), Some(t)) if m.same_content(t) => continue,
            (Some(_), Some(t)) => match (changed(m), changed(Some(t))) {
                (false, true) => Some(Some(t.clone())),
                (true, false) => None,
                _ => {
                    clashes.push(Clash::Answer {
                        criterion: id.clone(),
                        theirs: Some(t.clone()),
                    });
                    None
                }
            },
            // Removed there: gone, unless changed here since (kept, so that
            // no work is lost).
            (Some(_), None) => (!changed(m)).then_some(None),
            // Added there, or removed here before: theirs when it is newer.
            (None, Some(t)) => changed(Some(t)).then(|| Some(t.clone())),
            (None, None) => None,
        };
        match pick {
            Some(Some(answer)) => {
                merged.answers.insert(id.clone(), answer);
            }
            Some(None) => {
                merged.answers.remove(id);
            }
            None => {}
        }
    }
    (merged, clashes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use napcheck_core::{Day, Observation};

    fn answer(value: bool, changed: u64) -> DraftAnswer {
        DraftAnswer {
            observation: Some(Observation::YesNo(value)),
            changed,
            ..DraftAnswer::default()
        }
    }

    fn base() -> Draft {
        let mut d = Draft::new(
            "d1".into(),
            Day::from_ymd(2018, 8, 17).expect("day"),
            &crate::catalogue::Known::default(),
        );
        d.revision = 5;
        d.answers.insert("a".into(), answer(true, 3));
        d.answers.insert("b".into(), answer(true, 4));
        d
    }

    #[test]
    fn edits_of_different_answers_both_stay() {
        let mut mine = base();
        mine.revision = 6;
        mine.answers.insert("a".into(), answer(false, 6));
        mine.answers.insert("c".into(), answer(true, 6));
        let mut theirs = base();
        theirs.revision = 7;
        theirs.answers.insert("b".into(), answer(false, 6));
        theirs.answers.insert("d".into(), answer(false, 7));
        theirs.site.name = "Theirs".into();
        theirs.details_changed = 7;
        let (merged, clashes) = merge(&mine, &theirs, 5);
        assert_eq!(clashes, []);
        assert_eq!(merged.revision, 8);
        assert_eq!(merged.site.name, "Theirs");
        let value = |id: &str| merged.answers.get(id).and_then(|a| a.observation.clone());
        assert_eq!(value("a"), Some(Observation::YesNo(false)));
        assert_eq!(value("b"), Some(Observation::YesNo(false)));
        assert_eq!(value("c"), Some(Observation::YesNo(true)));
        assert_eq!(value("d"), Some(Observation::YesNo(false)));
    }

    #[test]
    fn the_same_answer_changed_in_both_tabs_is_asked_about() {
        let mut mine = base();
        mine.revision = 6;
        mine.answers.insert("a".into(), answer(false, 6));
        let mut theirs = base();
        theirs.revision = 6;
        let mut their_answer = answer(true, 6);
        their_answer.note = "seen".into();
        theirs.answers.insert("a".into(), their_answer.clone());
        let (merged, clashes) = merge(&mine, &theirs, 5);
        assert_eq!(
            clashes,
            [Clash::Answer {
                criterion: "a".into(),
                theirs: Some(their_answer)
            }]
        );
        assert_eq!(
            merged.answers["a"].observation,
            Some(Observation::YesNo(false)),
            "this tab's answer stays until the citizen chooses"
        );
    }

    #[test]
    fn removals_follow_the_side_that_removed() {
        let mut mine = base();
        mine.revision = 6;
        mine.answers.remove("a");
        mine.answers.insert("c".into(), answer(true, 6));
        let mut theirs = base();
        theirs.revision = 6;
        theirs.answers.remove("b");
        let (merged, clashes) = merge(&mine, &theirs, 5);
        assert_eq!(clashes, []);
        let ids: Vec<&str> = merged.answers.keys().map(String::as_str).collect();
        assert_eq!(ids, ["c"]);
    }

    #[test]
    fn an_unchanged_tab_takes_the_other_version() {
        let mine = base();
        let mut theirs = base();
        theirs.revision = 9;
        theirs.answers.clear();
        assert_eq!(merge(&mine, &theirs, 5), (theirs, Vec::new()));
    }
}
