//! Where to go: the place, what it can do, how to reach it here, and what to bring.

use super::{Words, common_keys, plain};
use crate::app::App;
use crate::content::{ProblemEnd, messages};
use crate::i18n::{FluentArgs, Text};
use crate::ui::view::{Block, BlockKind, OptionView, View};

pub fn view(app: &App, words: &Words, index: Option<usize>) -> View {
    let mut view = plain(vec![words.text("referral-title")]);
    let referral_id = index
        .and_then(|i| app.step().and_then(|s| s.problems.get(i)))
        .and_then(|p| match &p.end {
            ProblemEnd::Refer(id) => Some(id.as_str()),
            _ => None,
        });
    if let Some(referral) = referral_id.and_then(|id| app.content.library.referral(id)) {
        let id = messages::referral(&referral.id);
        view.blocks
            .push(Block::new(BlockKind::Instruction, words.text(&id)));
        view.blocks
            .push(Block::new(BlockKind::Plain, words.attribute(&id, "what")));
        let local = app.local_referral(&referral.id);
        let mut contact = Vec::new();
        let line = |message: &str, name: &str, value: &str| {
            let mut args = FluentArgs::new();
            args.set(name.to_owned(), value.to_owned());
            words.with(message, &args)
        };
        if let Some(address) = local.and_then(|l| l.address.as_deref()) {
            contact.push(line("referral-address", "address", address));
        }
        if let Some(hours) = local.and_then(|l| l.hours.as_deref()) {
            contact.push(line("referral-hours", "hours", hours));
        }
        if let Some(phone) = local
            .and_then(|l| l.phone.as_deref())
            .or(referral.phone.as_deref())
        {
            contact.push(line("referral-phone", "phone", phone));
        }
        if let Some(web) = &referral.web {
            contact.push(line("referral-web", "web", web));
        }
        if local.is_none_or(|l| l.address.is_none()) && referral.web.is_none() {
            contact.push(words.text("referral-ask-helper"));
        }
        for text in contact {
            view.blocks.push(Block::new(BlockKind::Note, text));
        }
        // The digipunt's own words about local conditions, as its config gives them.
        if let Some(note) = local.and_then(|l| l.note.as_ref()) {
            let direction = words.catalog.direction(words.lang);
            view.blocks.push(Block::new(
                BlockKind::Plain,
                Text {
                    value: note.clone(),
                    direction,
                },
            ));
        }
        if !referral.bring.is_empty() {
            let items: Vec<String> = referral
                .bring
                .iter()
                .map(|b| format!("- {}", words.text(&messages::bring(b)).value))
                .collect();
            let direction = words.catalog.direction(words.lang);
            view.blocks.push(Block::labelled(
                BlockKind::Plain,
                words.text("referral-bring"),
                Text {
                    value: items.join("\n"),
                    direction,
                },
            ));
        }
    }
    view.options = ["referral-back", "referral-finish"]
        .iter()
        .map(|id| OptionView::new(words.text(id)))
        .collect();
    view.keys = common_keys(app, words);
    view
}
