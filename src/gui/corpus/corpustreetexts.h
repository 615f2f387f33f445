#pragma once

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QCoreApplication>

namespace Rapporteur::Gui {

// What the corpus tree says about its items: names, section lines and tooltips. Translated in
// CorpusTreeModel's context, where the strings have always been.
class CorpusTreeTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Rapporteur::Gui::CorpusTreeModel)

public:
    static QString documentName(const Storage::DocumentRecord &doc);
    static QString documentToolTip(const Storage::DocumentRecord &doc);
    // The entity's Chinese name, or the heading when it resolved to none.
    static QString submissionName(const Storage::SubmissionRecord &sub);
    static QString submissionToolTip(const Storage::SubmissionRecord &sub);
    // The headings a submission stands under, as one line: "二. 答复 · A. 各国政府".
    static QString sectionLabel(const Storage::SubmissionRecord &sub);
    static QString voteName(const Storage::VoteRecord &vote);
    static QString voteTotals(const Storage::VoteRecord &vote);
    static QString voteToolTip(const Storage::VoteRecord &vote);
};

} // namespace Rapporteur::Gui
