#include "committeereport.h"

#include "draftsymbol.h"
#include "namelist.h"
#include "resolutiontext.h"
#include "sponsorships.h"
#include "structurepatterns.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {

class Reader
{
public:
    Reader(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities,
           const Text::LanguageRules &language)
        : m_doc(doc), m_entities(entities), m_language(language)
    {
    }

    void run()
    {
        const auto &paragraphs = m_doc.paragraphs;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            noteMeeting(paragraphs[i].text);
            if (const auto m =
                    Text::LanguageRules::firstMatch(m_language.voteHeader, paragraphs[i].text);
                m.hasMatch())
                i = readVote(i, m);
        }
    }

private:
    void noteMeeting(const QString &text)
    {
        if (const auto m = Text::LanguageRules::firstMatch(m_language.meeting, text);
            m.hasMatch()) {
            m_date = m_language.dateOf(m);
            m_meeting = m.capturedView(u"meeting").toInt();
        }
        if (const QString draft = mentionedDraft(text, m_language); !draft.isEmpty())
            m_draft = draft;
    }

    void readSubject(RecordedVote &vote) const
    {
        if (const auto m =
                Text::LanguageRules::firstMatch(m_language.subjectPreambular, vote.subject);
            m.hasMatch()) {
            vote.subjectKind = VoteSubjectKind::PreambularParagraph;
            vote.subjectNumber = m_language.number(m.capturedView(u"number"));
        } else if (const auto o =
                       Text::LanguageRules::firstMatch(m_language.subjectOperative, vote.subject);
                   o.hasMatch()) {
            vote.subjectKind = VoteSubjectKind::OperativeParagraph;
            vote.subjectNumber = m_language.number(o.capturedView(u"number"));
        } else if (Text::LanguageRules::firstMatch(m_language.subjectDraft, vote.subject)
                       .hasMatch()) {
            vote.subjectKind = VoteSubjectKind::WholeDraft;
        }
        const QString symbol = firstSymbolIn(vote.subject);
        vote.draftSymbol = symbol.isEmpty() ? m_draft : symbol;
    }

    bool isVoteHeader(const QString &text) const
    {
        return Text::LanguageRules::firstMatch(m_language.voteHeader, text).hasMatch();
    }

    qsizetype readVote(qsizetype i, const QRegularExpressionMatch &m)
    {
        const Paragraph &header = m_doc.paragraphs[i];
        RecordedVote vote;
        vote.label = m.captured(u"label");
        vote.subject = m.captured(u"subject").trimmed();
        vote.statedYes = m.capturedView(u"yes").toInt();
        vote.statedNo = m.capturedView(u"no").toInt();
        vote.statedAbstain =
            m.capturedLength(u"abstain") > 0 ? m.capturedView(u"abstain").toInt() : 0;
        vote.outcome =
            Text::LanguageRules::meaningIn(m_language.outcomes, m.capturedView(u"outcome"));
        vote.date = m_date;
        vote.meeting = m_meeting;
        vote.paragraph = static_cast<int>(i);
        vote.page = header.page;
        readSubject(vote);
        takeNotes(vote, header);

        qsizetype j = i + 1;
        while (j < m_doc.paragraphs.size()) {
            const auto label = labelledVoteList(m_doc.paragraphs[j].text, m_language);
            if (!label)
                break;
            QString list = label->names;
            takeNotes(vote, m_doc.paragraphs[j]);
            // The list follows its label as a paragraph of its own, unless it shares the line.
            if (list.isEmpty() && j + 1 < m_doc.paragraphs.size() &&
                !labelledVoteList(m_doc.paragraphs[j + 1].text, m_language) &&
                !isVoteHeader(m_doc.paragraphs[j + 1].text)) {
                ++j;
                list = m_doc.paragraphs[j].text;
                takeNotes(vote, m_doc.paragraphs[j]);
            }
            QList<NamedEntity> &target = label->position == VotePosition::Yes  ? vote.yes
                                         : label->position == VotePosition::No ? vote.no
                                                                               : vote.abstain;
            // "Against: None." names no one.
            if (!Text::LanguageRules::firstMatch(m_language.emptyList, list.trimmed()).hasMatch())
                target += readNameList(list, m_entities, m_language);
            ++j;
        }
        m_doc.votes.append(vote);
        return j - 1;
    }

    void takeNotes(RecordedVote &vote, const Paragraph &p)
    {
        for (const Footnote &f : p.footnotes) {
            const QString text = f.text.simplified();
            const auto m = Text::LanguageRules::firstMatch(m_language.intendedVote, text);
            if (!m.hasMatch())
                continue;
            const VotePosition intended =
                votePositionFromName(Text::LanguageRules::meaningIn(m_language.intendedPositions,
                                                                    m.capturedView(u"position")))
                    .value_or(VotePosition::Abstain);
            // One note may speak for several delegations ("the delegations of Japan and Norway"):
            // each is given the position.
            for (const NamedEntity &state :
                 readNameList(m.captured(u"state").trimmed(), m_entities, m_language))
                vote.notes.append(VoteNote{state, intended, f.text});
        }
    }

    ParsedDocument &m_doc;
    const ReferenceData::EntityRegistry &m_entities;
    const Text::LanguageRules &m_language;
    QDate m_date;
    int m_meeting = 0;
    QString m_draft;
};

// A state of listedTwice() as the document writes it, with its code: "美利坚合众国 (USA)".
QString asWritten(const RecordedVote &v, const QString &key)
{
    for (const auto *list : {&v.yes, &v.no, &v.abstain}) {
        for (const NamedEntity &n : *list) {
            if (n.entityCode == key)
                return QStringLiteral("%1 (%2)").arg(n.written, key);
        }
    }
    return key; // a name that resolved to nothing is its own key
}

void checkVotes(ParsedDocument &doc)
{
    for (const RecordedVote &v : doc.votes) {
        const QString name = v.label.isEmpty() ? v.subject : v.label;
        auto compare = [&](const char *what, qsizetype counted, int stated) {
            if (counted != stated)
                doc.errors.append(QStringLiteral("vote %1: the document states %2 %3 but lists %4")
                                      .arg(name)
                                      .arg(stated)
                                      .arg(QLatin1String(what))
                                      .arg(counted));
        };
        compare("in favour", v.yes.size(), v.statedYes);
        compare("against", v.no.size(), v.statedNo);
        compare("abstaining", v.abstain.size(), v.statedAbstain);
        for (const QString &state : v.listedTwice())
            doc.errors.append(QStringLiteral("vote %1: %2 is listed more than once")
                                  .arg(name, asWritten(v, state)));
        for (const auto *list : {&v.yes, &v.no, &v.abstain}) {
            for (const NamedEntity &n : *list) {
                if (n.entityCode.isEmpty())
                    doc.warnings.append(QStringLiteral("vote %1: \"%2\" names no known state")
                                            .arg(name, n.written));
            }
        }
        for (const VoteNote &n : v.notes) {
            if (n.state.entityCode.isEmpty())
                doc.warnings.append(
                    QStringLiteral("vote %1: the footnote names \"%2\", no known state")
                        .arg(name, n.state.written));
        }
    }
}

void linkVotesToResolution(ParsedDocument &doc)
{
    for (RecordedVote &v : doc.votes) {
        const bool operative = v.subjectKind == VoteSubjectKind::OperativeParagraph;
        if (!operative && v.subjectKind != VoteSubjectKind::PreambularParagraph)
            continue;
        for (const ResolutionParagraph &r : doc.resolution) {
            if (r.operative == operative && r.number == v.subjectNumber)
                v.subjectParagraph = r.paragraph;
        }
    }
}

} // namespace

void readCommitteeReport(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities)
{
    const Text::LanguageRules &language = Text::LanguageRules::forLanguage(doc.language);
    Reader(doc, entities, language).run();
    readSponsorships(doc, entities, language);
    readResolutionText(doc, language);
    linkVotesToResolution(doc);
    checkVotes(doc);
}

} // namespace Rapporteur::Segmentation
