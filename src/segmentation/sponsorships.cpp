#include "sponsorships.h"

#include "draftsymbol.h"
#include "namelist.h"

namespace Rapporteur::Segmentation {

namespace {

class SponsorReader
{
public:
    SponsorReader(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities,
                  const Text::LanguageRules &language)
        : m_doc(doc), m_entities(entities), m_language(language)
    {
    }

    void run()
    {
        readDraftSponsorLine();
        QString draft;
        for (const Paragraph &p : m_doc.paragraphs) {
            if (const QString mentioned = mentionedDraft(p.text, m_language); !mentioned.isEmpty())
                draft = mentioned;
            readReportParagraph(p.text, draft);
        }
        warnUnknown();
    }

private:
    // A draft puts its sponsors on its first page, before its title and "The General
    // Assembly,": only the paragraphs before that opening are looked at, so a text quoting such
    // a line further on is not read as this document's sponsors.
    void readDraftSponsorLine()
    {
        for (const Paragraph &p : m_doc.paragraphs) {
            if (p.page > 1 ||
                Text::LanguageRules::firstMatch(m_language.resolutionOpening, p.text).hasMatch())
                return;
            const auto m = Text::LanguageRules::firstMatch(m_language.draftSponsorLine, p.text);
            if (!m.hasMatch())
                continue;
            Sponsorship s;
            s.draftSymbol = m_doc.symbol;
            s.main = readNameList(m.captured(u"names"), m_entities, m_language);
            m_doc.sponsorships.append(s);
            return;
        }
    }

    void readReportParagraph(const QString &text, const QString &draft)
    {
        const auto main = Text::LanguageRules::firstMatch(m_language.sponsorsMain, text);
        const auto joined = Text::LanguageRules::firstMatch(m_language.sponsorsJoined, text);
        if (!main.hasMatch() && !joined.hasMatch())
            return;
        Sponsorship s;
        const auto inBrackets = Text::LanguageRules::firstMatch(m_language.sponsorsDraft, text);
        s.draftSymbol = inBrackets.hasMatch() ? inBrackets.captured(u"draft").trimmed() : draft;
        if (main.hasMatch()) {
            s.main = readNameList(main.captured(u"names"), m_entities, m_language);
            const QString also = main.captured(u"also");
            // "on behalf of the States members of …" describes a group without naming its
            // members: the delegation that spoke is the sponsor the text names.
            if (!also.isEmpty() &&
                !Text::LanguageRules::firstMatch(m_language.sponsorsGroup, also).hasMatch())
                s.main += readNameList(also, m_entities, m_language);
        }
        if (joined.hasMatch())
            s.joined = readNameList(joined.captured(u"names"), m_entities, m_language);
        m_doc.sponsorships.append(s);
    }

    void warnUnknown()
    {
        for (const Sponsorship &s : m_doc.sponsorships) {
            for (const NamedEntity &n : s.main + s.joined) {
                if (n.entityCode.isEmpty())
                    m_doc.warnings.append(
                        QStringLiteral("sponsors: \"%1\" names no known state").arg(n.written));
            }
        }
    }

    ParsedDocument &m_doc;
    const ReferenceData::EntityRegistry &m_entities;
    const Text::LanguageRules &m_language;
};

} // namespace

void readSponsorships(ParsedDocument &doc, const ReferenceData::EntityRegistry &entities,
                      const Text::LanguageRules &language)
{
    SponsorReader(doc, entities, language).run();
}

} // namespace Rapporteur::Segmentation
