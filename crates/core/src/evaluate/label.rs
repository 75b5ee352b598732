//! The words for an outcome: the set's own level labels and its texts for
//! "not applicable", "could not be assessed" and "not answered" (and the
//! core's own words for "needs correction"), so every
//! front-end names a rating the same way in az, en and ru.

use super::Outcome;
use crate::criteria::CriteriaSet;
use crate::text::Lang;

impl Outcome {
    /// The label of this outcome in `lang`, in the wording of `set`.
    pub fn label(&self, set: &CriteriaSet, lang: Lang) -> String {
        match self {
            Outcome::Rated { level, .. } => set
                .scale
                .levels
                .iter()
                .find(|l| &l.id == level)
                .map_or_else(|| level.clone(), |l| l.label.get(lang).to_owned()),
            Outcome::NotApplicable => set.scale.not_applicable.get(lang).to_owned(),
            Outcome::NotAssessable => set.scale.not_assessable.get(lang).to_owned(),
            Outcome::Unanswered => set.scale.unanswered.get(lang).to_owned(),
            Outcome::NeedsCorrection { .. } => match lang {
                Lang::Az => "Düzəliş tələb olunur",
                Lang::En => "Needs correction",
                Lang::Ru => "Требует исправления",
            }
            .to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalogue;

    #[test]
    fn labels_come_from_the_set_and_the_needs_correction_text_is_trilingual() {
        let set = Catalogue::bundled()
            .set("az-nap-2016-2018")
            .expect("bundled set");
        let full = Outcome::Rated {
            level: "full".into(),
            points: 100,
        };
        assert_eq!(
            full.label(set, Lang::En),
            "Full execution has been recorded"
        );
        assert_eq!(
            Outcome::NotAssessable.label(set, Lang::Az),
            "Qiymətləndirmək mümkün olmadı"
        );
        assert_eq!(
            Outcome::NeedsCorrection { findings: vec![] }.label(set, Lang::Ru),
            "Требует исправления"
        );
    }
}
