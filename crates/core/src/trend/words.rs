//! The trend's words in az, en and ru: each kind of change, the headline
//! counts of one step, and why rounds could not be compared.

use super::basis::NoCommonSet;
use super::change::{Change, Moves};
use crate::crosswalk::MigrateError;
use crate::text::Lang;

/// Why rounds could not be compared.
#[derive(Debug, Clone, PartialEq)]
pub enum TrendError {
    /// Fewer than two rounds.
    TooFewRounds(usize),
    /// The rounds' sets do not meet in one set through a crosswalk.
    NoCommonSet(NoCommonSet),
    /// A consensus could not be carried to the newest set.
    Migrate(MigrateError),
}

impl TrendError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            TrendError::TooFewRounds(n) => pick(
                lang,
                format!("Dəyişikliyi göstərmək üçün ən azı iki mərhələ lazımdır; verilən: {n}."),
                format!("A trend needs at least two rounds; given: {n}."),
                format!("Для сравнения нужно не меньше двух раундов; задано: {n}."),
            ),
            TrendError::NoCommonSet(NoCommonSet { sets }) => {
                let sets = sets.join("`, `");
                pick(
                    lang,
                    format!("Mərhələlər müqayisə edilə bilməz: `{sets}` dəstlərindən birinə digərlərindən keçid cədvəli (crosswalk) yoxdur."),
                    format!("The rounds cannot be compared: no one of the sets `{sets}` has a crosswalk from every other."),
                    format!("Раунды нельзя сравнить: ни в один из наборов `{sets}` нет таблицы соответствия (crosswalk) из всех остальных."),
                )
            }
            TrendError::Migrate(error) => error.message(lang),
        }
    }
}

/// The name of a change in `lang`.
pub fn change_label(lang: Lang, change: Change) -> &'static str {
    let [az, en, ru] = match change {
        Change::Improved => ["yaxşılaşıb", "improved", "улучшение"],
        Change::Unchanged => ["dəyişməyib", "unchanged", "без изменений"],
        Change::Worse => ["pisləşib", "worse", "ухудшение"],
        Change::New => ["yeni", "new", "новые"],
        Change::NoLongerAssessed => [
            "artıq qiymətləndirilmir",
            "no longer assessed",
            "больше не оцениваются",
        ],
        Change::NotComparable => ["müqayisə edilmir", "not comparable", "несопоставимо"],
    };
    pick(lang, az, en, ru)
}

/// The headline of one step, as plain text (each format escapes it):
/// "2018 → 2022, bodies: 3 improved, 1 unchanged, 2 worse, 1 new, 1 no
/// longer assessed". A change no body made is left out.
pub fn headline(lang: Lang, from: &str, to: &str, moves: &Moves) -> String {
    let bodies = pick(lang, "qurumlar", "bodies", "органы");
    let parts: Vec<String> = Change::ALL
        .iter()
        .filter(|&&c| moves.get(c) > 0)
        .map(|&c| match lang {
            Lang::Ru => format!("{} — {}", change_label(lang, c), moves.get(c)),
            _ => format!("{} {}", moves.get(c), change_label(lang, c)),
        })
        .collect();
    let none = pick(
        lang,
        "heç biri qiymətləndirilməyib",
        "none scored",
        "ни один не оценён",
    );
    let list = if parts.is_empty() {
        none.to_owned()
    } else {
        parts.join(", ")
    };
    format!("{from} → {to}, {bodies}: {list}")
}

fn pick<T>(lang: Lang, az: T, en: T, ru: T) -> T {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}
