#include "documentsegmenter.h"

#include "structurepatterns.h"

#include "text/languagerules.h"
#include "text/linejoiner.h"
#include "text/sentences.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {

bool isSubmissionMarker(QStringView text)
{
    return originalLanguages(text).has_value() || bracketedDate(text).has_value();
}

class Segmenter
{
public:
    Segmenter(const QList<Block> &blocks, const ReferenceData::EntityRegistry &entities)
        : m_blocks(blocks), m_entities(entities)
    {
    }

    ParsedDocument run(const QList<BlockTable> &tables)
    {
        QList<int> paragraphsAfter; // of each block: how many paragraphs there are after it
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            take(i);
            paragraphsAfter.append(static_cast<int>(m_doc.paragraphs.size()));
        }
        finish();
        m_doc.language = Text::detectLanguage(languageSample());
        for (const BlockTable &t : tables) {
            DocumentTable table = t.table;
            const int after = t.afterBlock >= 0 && t.afterBlock < paragraphsAfter.size()
                                  ? paragraphsAfter[t.afterBlock] - 1
                                  : -1;
            table.afterParagraph = std::min(after, static_cast<int>(m_doc.paragraphs.size()) - 1);
            m_doc.tables.append(std::move(table));
        }
        return std::move(m_doc);
    }

private:
    // Enough of the text to tell its language: its first blocks, up to a size where the share of
    // its characters and words no longer changes the answer.
    QString languageSample() const
    {
        constexpr qsizetype kSampleSize = 50000;
        QString sample;
        for (const Block &b : m_blocks) {
            if (sample.size() >= kSampleSize)
                break;
            sample += b.text;
            sample += QLatin1Char('\n');
        }
        return sample;
    }

    void take(qsizetype i)
    {
        const Block &block = m_blocks[i];
        if (isSubmissionMarker(block.text)) {
            // A marker that no heading announced (or a second date line): metadata of the
            // open submission if it lacks it, never reading text.
            absorbMarker(block.text);
            return;
        }
        if (startsSubmission(i)) {
            openSubmission(i);
            return;
        }
        if (isSectionHeading(block.text)) {
            m_section = block.text;
            m_group.clear();
            m_submission = -1;
            m_seenSection = true;
            append(block, ParagraphKind::Section);
            return;
        }
        if (letteredHeadingTitle(block.text) && i + 1 < m_blocks.size() &&
            startsSubmission(i + 1)) {
            m_group = block.text;
            m_submission = -1;
            append(block, ParagraphKind::Group);
            return;
        }
        append(block, classify(block.text));
    }

    // A heading whose next paragraph is "[原件：…]" or a bracketed date opens a submission.
    bool startsSubmission(qsizetype i) const
    {
        return i + 1 < m_blocks.size() && !isSubmissionMarker(m_blocks[i].text) &&
               isSubmissionMarker(m_blocks[i + 1].text) && looksLikeHeading(m_blocks[i].text);
    }

    void openSubmission(qsizetype i)
    {
        const Block &heading = m_blocks[i];
        Submission s;
        s.heading = heading.text;
        s.page = heading.page;
        s.section = m_section;
        // "B. 欧洲联盟" heads both a group and its one submission.
        const auto lettered = letteredHeadingTitle(heading.text);
        QString name = lettered ? *lettered : heading.text;
        if (lettered)
            m_group = heading.text;
        s.group = m_group;
        // A name broken over two lines can arrive as two headings ("白" / "俄罗斯"); the second
        // half alone may even be a name ("俄罗斯"), so the joined form is tried first.
        std::optional<Entity> entity;
        if (!m_doc.paragraphs.isEmpty() && m_doc.paragraphs.last().kind == ParagraphKind::Heading &&
            m_doc.paragraphs.last().submission == m_submission && !lettered) {
            const Paragraph &before = m_doc.paragraphs.last();
            QString joined = before.text;
            Text::appendWrappedLine(joined, name); // "Netherlands (Kingdom of" + "the)"
            if ((entity = m_entities.resolve(joined))) {
                s.heading = before.text;
                Text::appendWrappedLine(s.heading, heading.text);
                s.page = before.page;
                m_doc.paragraphs.removeLast();
            }
        }
        if (!entity)
            entity = m_entities.resolve(name);
        if (entity) {
            s.entityCode = entity->code;
        } else {
            m_doc.warnings.append(
                QStringLiteral("page %1: the submission heading \"%2\" names no known state or "
                               "organisation")
                    .arg(heading.page)
                    .arg(s.heading));
        }
        m_doc.submissions.append(s);
        m_submission = static_cast<int>(m_doc.submissions.size() - 1);
    }

    void absorbMarker(const QString &text)
    {
        if (m_submission < 0) {
            m_doc.warnings.append(
                QStringLiteral("\"%1\" stands outside any submission and was ignored").arg(text));
            return;
        }
        Submission &s = m_doc.submissions[m_submission];
        if (const auto languages = originalLanguages(text)) {
            if (languages->isEmpty())
                m_doc.warnings.append(QStringLiteral("\"%1\": no language we know").arg(text));
            s.languages = *languages;
        } else if (const auto date = bracketedDate(text)) {
            s.date = *date;
        }
    }

    ParagraphKind classify(const QString &text) const
    {
        const QString marker = listMarker(text);
        if (!marker.isEmpty() && text.size() > marker.size())
            return ParagraphKind::ListItem;
        const bool inBody = m_seenSection || m_submission >= 0;
        if (inBody ? looksLikeHeading(text) : looksLikeTitle(text))
            return inBody ? ParagraphKind::Heading : ParagraphKind::Title;
        return ParagraphKind::Body;
    }

    void append(const Block &block, ParagraphKind kind)
    {
        Paragraph p;
        p.kind = kind;
        p.text = block.text;
        p.page = block.page;
        p.section = m_section;
        p.submission = m_submission;
        p.footnotes = block.footnotes;
        p.links = block.links;
        m_doc.paragraphs.append(std::move(p));
    }

    void finish()
    {
        for (Paragraph &p : m_doc.paragraphs)
            p.sentenceEnds = Text::sentenceEnds(p.text);
        for (const Paragraph &p : m_doc.paragraphs) {
            if (p.kind == ParagraphKind::Title && !isCoverLine(p.text)) {
                m_doc.title = p.text;
                break;
            }
        }
    }

    const QList<Block> &m_blocks;
    const ReferenceData::EntityRegistry &m_entities;
    ParsedDocument m_doc;
    QString m_section;
    QString m_group;
    int m_submission = -1;
    bool m_seenSection = false;
};

} // namespace

ParsedDocument segmentDocument(const QList<Block> &blocks,
                               const ReferenceData::EntityRegistry &entities,
                               const QList<BlockTable> &tables)
{
    return Segmenter(blocks, entities).run(tables);
}

} // namespace Rapporteur::Segmentation
