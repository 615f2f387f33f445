#include "pipeline.h"

#include "importer/extractedtextlayout.h"
#include "importer/textfilereader.h"
#include "referencedata/entityregistry.h"
#include "segmentation/documentsegmenter.h"

namespace Rapporteur::Test {

ParsedDocument readDocument(const QString &path)
{
    auto decoded = Importer::readTextFile(path);
    if (!decoded)
        return {};
    const auto reflowed = reflowText(decoded->text);
    ParsedDocument doc =
        Segmentation::segmentDocument(reflowed.blocks, ReferenceData::EntityRegistry::builtIn());
    doc.warnings = reflowed.warnings + doc.warnings;
    return doc;
}

Segmentation::ReflowResult reflowText(const QString &text)
{
    return Segmentation::reflow(Importer::analyseExtractedText(text));
}

QStringList entityCodes(const QList<NamedEntity> &names)
{
    QStringList out;
    for (const NamedEntity &n : names)
        out.append(n.entityCode);
    return out;
}

} // namespace Rapporteur::Test
