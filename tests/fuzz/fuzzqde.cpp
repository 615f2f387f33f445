// The REFI-QDA reader, from its XML: the input is a project.qde, parsed, then packed into a
// .qdpx and imported into the sample corpus (codebook merge, quotes anchored in the corpus).
#include "readingchain.h"
#include "samplecorpus.h"

#include "coding/qdeparser.h"
#include "coding/zipfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QByteArray qde(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (!Coding::parseQde(qde))
        return 0;
    Coding::ZipWriter zip(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    if (!zip.add(QStringLiteral("project.qde"), qde))
        return 0;
    // The source text the seed (tests/fuzz/seeds/fuzz_qde/coded-sample.qde) names, as the export
    // of the coding fixture writes it.
    (void)zip.add(QStringLiteral("sources/cdc8cee7-217a-5d36-a0bc-12ce17612ed7.txt"),
                  QStringLiteral("编码测试报告\n二. 答复\nA. 各国政府\n"
                                 "澳大利亚认为，出口管制不具歧视性。𠀀字不在基本多文种平面。"
                                 "出口管制有助于防止扩散。\n能力建设对发展中国家很重要。\n"
                                 "白俄罗斯反对单方面强制措施。\n")
                      .toUtf8());
    const auto archive = zip.finish();
    if (archive)
        Fuzz::importIntoSampleCorpus(*archive);
    return 0;
}
