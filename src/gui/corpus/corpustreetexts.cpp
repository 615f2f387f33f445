#include "corpustreetexts.h"

#include <QLocale>

namespace Rapporteur::Gui {

using Storage::DocumentRecord;
using Storage::SubmissionRecord;
using Storage::VoteRecord;

QString CorpusTreeTexts::documentName(const DocumentRecord &doc)
{
    return doc.title.isEmpty() ? doc.symbol : doc.symbol + QLatin1Char(' ') + doc.title;
}

QString CorpusTreeTexts::submissionName(const SubmissionRecord &sub)
{
    return sub.entity ? sub.entity->nameZh : sub.heading;
}

// The headings a submission stands under, as one line: "二. 答复 · A. 各国政府".
QString CorpusTreeTexts::sectionLabel(const SubmissionRecord &sub)
{
    QStringList parts;
    for (const QString &part : {sub.section, sub.group}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

QString CorpusTreeTexts::submissionToolTip(const SubmissionRecord &sub)
{
    QStringList lines{sub.heading};
    if (sub.entity)
        lines << sub.entity->code + QLatin1Char(' ') + sub.entity->nameEn;
    else
        lines << CorpusTreeTexts::tr("No state or organization recognized in this heading");
    if (!sub.group.isEmpty())
        lines << sub.group;
    if (sub.page > 0)
        lines << CorpusTreeTexts::tr("%1, from page %2").arg(sub.document).arg(sub.page);
    return lines.join(QLatin1Char('\n'));
}

QString CorpusTreeTexts::documentToolTip(const DocumentRecord &doc)
{
    QStringList lines{documentName(doc),
                      CorpusTreeTexts::tr("%1 submissions, %2 paragraphs, %3 pages; language: %4")
                          .arg(doc.submissionCount)
                          .arg(doc.paragraphCount)
                          .arg(doc.pageCount)
                          .arg(doc.language),
                      doc.sourcePath};
    if (doc.symbolProvisional)
        lines << CorpusTreeTexts::tr("The symbol was not found in the document: %1 is provisional")
                     .arg(doc.symbol);
    lines << doc.warnings;
    return lines.join(QLatin1Char('\n'));
}

QString CorpusTreeTexts::voteName(const VoteRecord &vote)
{
    return CorpusTreeTexts::tr("Vote %1: %2").arg(vote.label, vote.subject);
}

QString CorpusTreeTexts::voteTotals(const VoteRecord &vote)
{
    return CorpusTreeTexts::tr("%1 in favour, %2 against, %3 abstaining")
        .arg(vote.yes.size())
        .arg(vote.no.size())
        .arg(vote.abstain.size());
}

QString CorpusTreeTexts::voteToolTip(const VoteRecord &vote)
{
    QStringList lines{voteName(vote), voteTotals(vote)};
    if (!vote.draftSymbol.isEmpty())
        lines << vote.draftSymbol;
    if (vote.meeting > 0)
        lines << CorpusTreeTexts::tr("Meeting %1, %2")
                     .arg(vote.meeting)
                     .arg(QLocale().toString(vote.date, QLocale::LongFormat));
    if (!vote.countsMatch())
        lines << CorpusTreeTexts::tr("The report states %1 / %2 / %3")
                     .arg(vote.statedYes)
                     .arg(vote.statedNo)
                     .arg(vote.statedAbstain);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Rapporteur::Gui
