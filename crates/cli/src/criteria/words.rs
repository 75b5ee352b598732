//! The words of `napcheck criteria list|show` for people in az, en and ru
//! (the sets' own titles and questions come from the sets). Kinds of body,
//! ids and observation types are names in the schema and stay as written.

use napcheck_core::Lang;

/// A word of `criteria`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Word {
    /// "period START to END", with `{}` for each day.
    Period,
    /// Before the kinds of body a criterion applies to.
    AppliesTo,
    /// Before the bodies a criterion is limited to.
    Bodies,
    /// Before a choice's options.
    Options,
}

/// The word in `lang`.
pub(crate) fn word(lang: Lang, word: Word) -> &'static str {
    let [az, en, ru] = match word {
        Word::Period => ["dövr {} – {}", "period {} to {}", "период {} – {}"],
        Word::AppliesTo => ["aiddir:", "applies to:", "относится к:"],
        Word::Bodies => ["qurumlar", "bodies", "органы"],
        Word::Options => ["variantlar:", "options:", "варианты:"],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// "(N commitments, M criteria)" after a set's title in the list.
pub(crate) fn counts(lang: Lang, commitments: usize, criteria: usize) -> String {
    match lang {
        Lang::Az => format!("({commitments} öhdəlik, {criteria} meyar)"),
        Lang::En => format!("({commitments} commitments, {criteria} criteria)"),
        Lang::Ru => format!("(обязательств: {commitments}, критериев: {criteria})"),
    }
}

pub(crate) use crate::template::fill;
