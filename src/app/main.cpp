// rapporteur: the desktop application. Parses its options and shows the main window; everything
// else lives in rp_gui and the core libraries.
#include "screenshot.h"

#include "gui/applicationfont.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/translation.h"
#include "workflow/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

using namespace Rapporteur;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapporteur"));  // as the CLI: same database
    QApplication::setOrganizationName(QStringLiteral("rapporteur")); // ~/.config/rapporteur/
    QApplication::setApplicationDisplayName(QStringLiteral("Rapporteur"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORTEUR_VERSION));
    {
        // Before any widget or --help text exists: both are translated when they are built.
        const Gui::AppSettings settings;
        Gui::installTranslation(settings.language());
        Gui::applyInterfaceFont(settings);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Read and compare United Nations documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database FILE."),
                                      QStringLiteral("FILE"), Workflow::defaultDatabasePath());
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        QApplication::translate("main", "Show the submission of the state or organization CODE."),
        QStringLiteral("CODE"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window as a PNG FILE once shown, then quit."),
        QStringLiteral("FILE"));
    // For screenshots only (tools/screenshots): what the window shows when it is grabbed.
    QCommandLineOption compareOption(QStringLiteral("compare"),
                                     QStringLiteral("CODES side by side"), QStringLiteral("CODES"));
    QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("CODE's profile"),
                                     QStringLiteral("CODE"));
    QCommandLineOption voteOption(QStringLiteral("vote"), QStringLiteral("the vote LABEL"),
                                  QStringLiteral("LABEL"));
    QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("hits of QUERY"),
                                    QStringLiteral("QUERY"));
    QCommandLineOption concordanceOption(QStringLiteral("concordance"),
                                         QStringLiteral("the concordance of TERM"),
                                         QStringLiteral("TERM"));
    QCommandLineOption referencesOption(QStringLiteral("references"),
                                        QStringLiteral("what cites TARGET"),
                                        QStringLiteral("TARGET"));
    QCommandLineOption codingOption(QStringLiteral("coding"),
                                    QStringLiteral("code the selected submission"));
    QCommandLineOption codingAnalysisOption(QStringLiteral("coding-analysis"),
                                            QStringLiteral("then its code × state matrix"));
    QCommandLineOption blocsOption(QStringLiteral("blocs"), QStringLiteral("the voting blocs"));
    QCommandLineOption groupOption(QStringLiteral("group"), QStringLiteral("the cohesion of GROUP"),
                                   QStringLiteral("GROUP"));
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QStringLiteral("interface language zh or en"),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
    for (QCommandLineOption *option :
         {&screenshotOption, &compareOption, &profileOption, &voteOption, &languageOption,
          &searchOption, &concordanceOption, &referencesOption, &codingOption,
          &codingAnalysisOption, &blocsOption, &groupOption})
        option->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, selectOption, screenshotOption, compareOption, profileOption,
                       voteOption, languageOption, searchOption, concordanceOption,
                       referencesOption, codingOption, codingAnalysisOption, blocsOption,
                       groupOption});
    parser.process(app);

    if (parser.isSet(screenshotOption)) {
        // Screenshots show the interface the documentation describes, whatever the user chose.
        Gui::installTranslation(parser.value(languageOption));
        Gui::applySimplifiedChineseFont();
    }
    Gui::MainWindow window;
    const QString select = parser.value(selectOption);
    if (parser.isSet(screenshotOption)) {
        // A fixed size and no saved layout, so that screenshots look the same everywhere.
        window.resize(1280, 800);
        App::ScreenshotScene scene;
        scene.file = parser.value(screenshotOption);
        scene.select = select;
        scene.compare = parser.value(compareOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        scene.profile = parser.value(profileOption);
        scene.vote = parser.value(voteOption);
        scene.search = parser.value(searchOption);
        scene.concordance = parser.value(concordanceOption);
        scene.references = parser.value(referencesOption);
        scene.coding = parser.isSet(codingOption);
        scene.codingAnalysis = parser.isSet(codingAnalysisOption);
        scene.blocs = parser.isSet(blocsOption);
        scene.group = parser.value(groupOption);
        App::takeScreenshotWhenReady(window, scene);
    } else {
        window.restoreLayout();
        if (!select.isEmpty()) {
            QObject::connect(
                &window, &Gui::MainWindow::corpusShown, &window,
                [&window, select] { window.selectEntity(select); }, Qt::SingleShotConnection);
        }
    }
    window.show();
    window.openDatabase(QDir::cleanPath(parser.value(dbOption)));
    return QApplication::exec();
}
