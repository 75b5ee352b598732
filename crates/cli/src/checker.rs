//! The checker of one in-memory document, built once from the shared
//! options (`--criteria`, `--today`): the compiled schema and the catalogue.
//! `validate` uses it for every file and `serve` for every submission, so
//! both run exactly the same layers (syntax, schema, semantics).

use crate::args::CheckOptions;
use crate::failure::Failure;
use jsonschema::Validator;
use napcheck_cli::check::document::{self, Context};
use napcheck_cli::check::outcome::Diagnostic;
use napcheck_core::{Catalogue, Day, Lang};
use std::borrow::Cow;

/// What checking needs, compiled once and shared between threads.
pub(crate) struct Checker {
    validator: Validator,
    catalogue: Cow<'static, Catalogue>,
    /// `--today` when given; otherwise today is read at each check.
    today: Option<Day>,
}

impl Checker {
    /// Compiles the schema and loads the catalogue (with `--criteria` sets).
    pub(crate) fn new(options: &CheckOptions) -> Result<Checker, Failure> {
        Ok(Checker {
            validator: napcheck_cli::check::validator().map_err(Failure)?,
            catalogue: crate::setup::catalogue(options)?,
            today: options.today,
        })
    }

    /// The context of one run: today is fixed for its duration.
    pub(crate) fn context(&self, lang: Lang) -> Result<Context<'_>, Failure> {
        let today = match self.today {
            Some(day) => day,
            None => crate::setup::system_today()?,
        };
        Ok(Context {
            validator: &self.validator,
            catalogue: &self.catalogue,
            today,
            lang,
            warnings: true,
        })
    }

    /// Every diagnostic of one document, exactly as `validate` reports it.
    pub(crate) fn check(&self, text: &str, lang: Lang) -> Result<Vec<Diagnostic>, Failure> {
        Ok(document::check(text, &self.context(lang)?))
    }
}
