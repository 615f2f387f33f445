#include "committeereport.h"

#include "chinesenumber.h"
#include "namelist.h"
#include "structurepatterns.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {

const QRegularExpression &draftSymbolPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Z]{1,8}(?:/[A-Za-z0-9.]+)+)"));
    return re;
}

// "(a) 经记录表决，序言部分第十八段以 87 票对 53 票、22 票弃权的结果获得了保留。" Not anchored:
// when the layout gave no paragraph break, the header can follow "情况如下：" in one paragraph.
const QRegularExpression &voteHeaderPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:(\([a-z]{1,2}\))\s*)?经记录表决[，,]\s*(.+?)以\s*(\d+)\s*票对\s*(\d+)\s*票)"
        R"((?:[、，]\s*(\d+)\s*票弃权|[、，]?\s*无弃权)?的结果(获得了?保留|获得了?通过|被否决|未获通过))"));
    return re;
}

// "在 2024年 11月 6日第 31次会议上"
const QRegularExpression &meetingPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(在\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*第\s*(\d+)\s*次会议上)"));
    return re;
}

// "赞成：", optionally with the list on the same line.
const QRegularExpression &listLabelPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(赞成|反对|弃权)\s*[:：]\s*(.*)$)"));
    return re;
}

// "科特迪瓦代表团随后通知秘书处，本打算投弃权票。"
const QRegularExpression &notePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(.+?)代表团随后通知秘书处[，,]?\s*(?:其|该代表团)?(?:本|原)?(?:打算|意图|有意)投(赞成|反对|弃权)票)"));
    return re;
}

VotePosition positionFromLabel(const QString &label)
{
    if (label == QStringLiteral("赞成"))
        return VotePosition::Yes;
    if (label == QStringLiteral("反对"))
        return VotePosition::No;
    return VotePosition::Abstain;
}

QString outcomeFrom(const QString &phrase)
{
    if (phrase.contains(QStringLiteral("保留")))
        return QStringLiteral("retained");
    if (phrase.contains(QStringLiteral("通过")) && !phrase.startsWith(u'未'))
        return QStringLiteral("adopted");
    return QStringLiteral("rejected");
}

void readSubject(RecordedVote &vote, const QString &currentDraft)
{
    static const QRegularExpression preambular(
        QStringLiteral(R"(序言部分第\s*([一二三四五六七八九十百零\d]+)\s*段)"));
    static const QRegularExpression operative(
        QStringLiteral(R"(执行部分第\s*([一二三四五六七八九十百零\d]+)\s*段)"));
    if (const auto m = preambular.match(vote.subject); m.hasMatch()) {
        vote.subjectKind = VoteSubjectKind::PreambularParagraph;
        vote.subjectNumber = parseChineseNumber(m.capturedView(1));
    } else if (const auto o = operative.match(vote.subject); o.hasMatch()) {
        vote.subjectKind = VoteSubjectKind::OperativeParagraph;
        vote.subjectNumber = parseChineseNumber(o.capturedView(1));
    } else if (vote.subject.contains(QStringLiteral("草案"))) {
        vote.subjectKind = VoteSubjectKind::WholeDraft;
    }
    const auto symbol = draftSymbolPattern().match(vote.subject);
    vote.draftSymbol = symbol.hasMatch() ? symbol.captured(0) : currentDraft;
}

class Reader
{
public:
    Reader(ParsedDocument &doc, const EntityRegistry &entities) : m_doc(doc), m_entities(entities)
    {
    }

    void run()
    {
        const auto &paragraphs = m_doc.paragraphs;
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const QString &text = paragraphs[i].text;
            noteMeeting(text);
            readSponsors(text);
            if (const auto m = voteHeaderPattern().match(text); m.hasMatch())
                i = readVote(i, m);
        }
        readResolution();
        linkVotesToResolution();
        check();
    }

private:
    void noteMeeting(const QString &text)
    {
        if (const auto m = meetingPattern().match(text); m.hasMatch()) {
            m_date = QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                           m.capturedView(3).toInt());
            m_meeting = m.capturedView(4).toInt();
        }
        if (text.contains(QStringLiteral("决议草案"))) {
            if (const auto s = draftSymbolPattern().match(text); s.hasMatch())
                m_draft = s.captured(0);
        }
    }

    void readSponsors(const QString &text)
    {
        static const QRegularExpression mainSponsors(QStringLiteral(
            R"((?:^|[，,])\s*([^，,、]+?)代表团(?:同时也代表(.+?)[，,]?\s*)?提交了)"));
        static const QRegularExpression joined(
            QStringLiteral(R"(随后[，,]\s*(.+?)加入成为(?:该|这项)?决议草案(?:的)?提案国)"));
        static const QRegularExpression draftInBrackets(
            QStringLiteral(R"(决议草案\s*[(（]\s*([A-Z][^)）]*)[)）])"));
        const auto m = mainSponsors.match(text);
        const auto j = joined.match(text);
        if (!m.hasMatch() && !j.hasMatch())
            return;
        Sponsorship s;
        if (const auto d = draftInBrackets.match(text); d.hasMatch())
            s.draftSymbol = d.captured(1).trimmed();
        else
            s.draftSymbol = m_draft;
        if (m.hasMatch()) {
            s.main = readNameList(m.captured(1), m_entities);
            if (m.capturedLength(2) > 0)
                s.main += readNameList(m.captured(2), m_entities);
        }
        if (j.hasMatch())
            s.joined = readNameList(j.captured(1), m_entities);
        m_doc.sponsorships.append(s);
    }

    qsizetype readVote(qsizetype i, const QRegularExpressionMatch &m)
    {
        const Paragraph &header = m_doc.paragraphs[i];
        RecordedVote vote;
        vote.label = m.captured(1);
        vote.subject = m.captured(2).trimmed();
        vote.statedYes = m.capturedView(3).toInt();
        vote.statedNo = m.capturedView(4).toInt();
        vote.statedAbstain = m.capturedLength(5) > 0 ? m.capturedView(5).toInt() : 0;
        vote.outcome = outcomeFrom(m.captured(6));
        vote.date = m_date;
        vote.meeting = m_meeting;
        vote.paragraph = static_cast<int>(i);
        vote.page = header.page;
        readSubject(vote, m_draft);
        takeNotes(vote, header);

        qsizetype j = i + 1;
        while (j < m_doc.paragraphs.size()) {
            const auto label = listLabelPattern().match(m_doc.paragraphs[j].text);
            if (!label.hasMatch())
                break;
            QString list = label.captured(2);
            takeNotes(vote, m_doc.paragraphs[j]);
            // The list follows its label as a paragraph of its own, unless it shares the line.
            if (list.isEmpty() && j + 1 < m_doc.paragraphs.size() &&
                !listLabelPattern().match(m_doc.paragraphs[j + 1].text).hasMatch() &&
                !voteHeaderPattern().match(m_doc.paragraphs[j + 1].text).hasMatch()) {
                ++j;
                list = m_doc.paragraphs[j].text;
                takeNotes(vote, m_doc.paragraphs[j]);
            }
            QList<NamedEntity> &target = label.captured(1) == QStringLiteral("赞成") ? vote.yes
                                         : label.captured(1) == QStringLiteral("反对")
                                             ? vote.no
                                             : vote.abstain;
            target += readNameList(list, m_entities);
            ++j;
        }
        m_doc.votes.append(vote);
        return j - 1;
    }

    void takeNotes(RecordedVote &vote, const Paragraph &p)
    {
        for (const Footnote &f : p.footnotes) {
            const auto m = notePattern().match(f.text);
            if (!m.hasMatch())
                continue;
            VoteNote note;
            note.state.written = m.captured(1).trimmed();
            if (const auto e = m_entities.resolve(note.state.written))
                note.state.entityCode = e->code;
            note.intended = positionFromLabel(m.captured(2));
            note.text = f.text;
            vote.notes.append(note);
        }
    }

    // The draft resolution a report recommends: after its heading ("决议草案"), the title and
    // "大会，", preambular paragraphs until the first numbered one, then numbered operative ones.
    void readResolution()
    {
        const auto &ps = m_doc.paragraphs;
        qsizetype start = -1;
        for (qsizetype i = 0; i < ps.size(); ++i) {
            if (ps[i].kind == ParagraphKind::Heading &&
                ps[i].text.startsWith(QStringLiteral("决议草案")) && ps[i].text.size() <= 8) {
                start = i + 1;
                break;
            }
        }
        if (start < 0)
            return;
        static const QRegularExpression opening(QStringLiteral(R"(^大会\s*[，,]$)"));
        static const QRegularExpression numbered(QStringLiteral(R"(^(\d{1,3})[.．]\s*\S)"));
        int preambular = 0;
        bool inOperative = false;
        for (qsizetype i = start; i < ps.size(); ++i) {
            const Paragraph &p = ps[i];
            if (p.kind == ParagraphKind::Section)
                break;
            if (p.kind == ParagraphKind::Heading || p.kind == ParagraphKind::Title ||
                opening.match(p.text).hasMatch())
                continue;
            if (const auto m = numbered.match(p.text); m.hasMatch()) {
                inOperative = true;
                m_doc.resolution.append({true, m.capturedView(1).toInt(), static_cast<int>(i)});
            } else if (!inOperative && p.kind == ParagraphKind::Body) {
                m_doc.resolution.append({false, ++preambular, static_cast<int>(i)});
            }
        }
    }

    void linkVotesToResolution()
    {
        for (RecordedVote &v : m_doc.votes) {
            const bool operative = v.subjectKind == VoteSubjectKind::OperativeParagraph;
            if (!operative && v.subjectKind != VoteSubjectKind::PreambularParagraph)
                continue;
            for (const ResolutionParagraph &r : m_doc.resolution) {
                if (r.operative == operative && r.number == v.subjectNumber)
                    v.subjectParagraph = r.paragraph;
            }
        }
    }

    // A state of listedTwice() as the document writes it, with its code: "美利坚合众国 (USA)".
    static QString asWritten(const RecordedVote &v, const QString &key)
    {
        for (const auto *list : {&v.yes, &v.no, &v.abstain}) {
            for (const NamedEntity &n : *list) {
                if (n.entityCode == key)
                    return QStringLiteral("%1 (%2)").arg(n.written, key);
            }
        }
        return key; // a name that resolved to nothing is its own key
    }

    void check()
    {
        for (const RecordedVote &v : m_doc.votes) {
            const QString name = v.label.isEmpty() ? v.subject : v.label;
            auto compare = [&](const char *what, qsizetype counted, int stated) {
                if (counted != stated)
                    m_doc.errors.append(
                        QStringLiteral("vote %1: the document states %2 %3 but lists %4")
                            .arg(name)
                            .arg(stated)
                            .arg(QLatin1String(what))
                            .arg(counted));
            };
            compare("in favour", v.yes.size(), v.statedYes);
            compare("against", v.no.size(), v.statedNo);
            compare("abstaining", v.abstain.size(), v.statedAbstain);
            for (const QString &state : v.listedTwice())
                m_doc.errors.append(QStringLiteral("vote %1: %2 is listed more than once")
                                        .arg(name, asWritten(v, state)));
            for (const auto *list : {&v.yes, &v.no, &v.abstain}) {
                for (const NamedEntity &n : *list) {
                    if (n.entityCode.isEmpty())
                        m_doc.warnings.append(QStringLiteral("vote %1: \"%2\" names no known state")
                                                  .arg(name, n.written));
                }
            }
            for (const VoteNote &n : v.notes) {
                if (n.state.entityCode.isEmpty())
                    m_doc.warnings.append(QStringLiteral("vote %1: the footnote names \"%2\", no "
                                                         "known state")
                                              .arg(name, n.state.written));
            }
        }
        for (const Sponsorship &s : m_doc.sponsorships) {
            for (const NamedEntity &n : s.main + s.joined) {
                if (n.entityCode.isEmpty())
                    m_doc.warnings.append(
                        QStringLiteral("sponsors: \"%1\" names no known state").arg(n.written));
            }
        }
    }

    ParsedDocument &m_doc;
    const EntityRegistry &m_entities;
    QDate m_date;
    int m_meeting = 0;
    QString m_draft;
};

} // namespace

void readCommitteeReport(ParsedDocument &doc, const EntityRegistry &entities)
{
    Reader(doc, entities).run();
}

} // namespace Rapporteur::Segmentation
