// make-un-pdf: lays a sample text out as a UN document PDF, for the tests and the benchmark of
// the PDF importer (see unpdfwriter.h).
//   make-un-pdf INPUT.txt OUTPUT.pdf [--symbol S] [--job 22-09134] [--date 2022-06-13]
//               [--original 英文]
#include "unpdfwriter.h"

#include "workflow/importer.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace Rapporteur;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lays a sample text out as a UN document PDF (a test fixture)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("the text file"));
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("the PDF to write"));
    const QCommandLineOption symbol(QStringLiteral("symbol"), QStringLiteral("document symbol"),
                                    QStringLiteral("S"));
    const QCommandLineOption job(QStringLiteral("job"), QStringLiteral("job number"),
                                 QStringLiteral("N"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("masthead date"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption original(QStringLiteral("original"),
                                      QStringLiteral("original language, in Chinese"),
                                      QStringLiteral("LANG"));
    parser.addOptions({symbol, job, date, original});
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        parser.showHelp(1);

    NullProgress progress;
    CancelToken cancel;
    auto prepared = Workflow::prepareImport({files[0], parser.value(symbol), {}}, progress, cancel);
    if (!prepared) {
        std::fprintf(stderr, "make-un-pdf: %s: %s\n", qPrintable(files[0]),
                     qPrintable(prepared.error().userMessage));
        return 2;
    }
    PdfGen::UnPdfOptions options;
    options.symbol = parser.value(symbol);
    options.jobNumber = parser.value(job);
    options.date = QDate::fromString(parser.value(date), Qt::ISODate);
    options.originalLanguage = parser.value(original);
    const QString error = PdfGen::writeUnPdf(prepared->document, options, files[1]);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "make-un-pdf: %s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
