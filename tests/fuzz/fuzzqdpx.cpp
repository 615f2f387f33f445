// The REFI-QDA reader, from the archive: the zip directory and entries (stored or deflated,
// CRC-checked), then the import into the sample corpus.
#include "readingchain.h"
#include "samplecorpus.h"

#include "coding/zipfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Rapporteur;
    if (size > static_cast<size_t>(Fuzz::kMaxInput))
        return -1;
    const QByteArray archive(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto zip = Coding::ZipReader::open(archive)) {
        for (const QString &name : zip->names())
            (void)zip->read(name);
    }
    Fuzz::importIntoSampleCorpus(archive);
    return 0;
}
