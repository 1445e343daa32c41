#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace okpay {

// okpay-wallet's command line: --server URL, --lang LANGUAGE, --open PLACE, and one okpay: link (okpay:help,
// okpay:faq/ARTICLE, okpay://topup…), which is what the desktop passes when a user clicks such a link.
class LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QUrl server;       // empty: the saved server
    QString language;  // empty: the saved language, then the system's
    QString place;     // where the window opens: one of places(), or "faq/ARTICLE"; empty: where it was
    QString badLink;   // an okpay: link naming no place in the app, for the window to say so (it still opens)

    // The --lang value before the parser exists, so that --help itself is printed in that language.
    static QString languageArgument(const QStringList &arguments);
    // Declares the options (with --help and --version) on parser and reads arguments. nullopt with a message for a
    // malformed value; --help and --version are left to the caller (parser.isSet).
    static std::optional<LaunchOptions> parse(QCommandLineParser &parser, const QStringList &arguments, QString *error);
    static QStringList places();
    // "okpay:faq/two-factor", "okpay://help" → "faq/two-factor", "help"; empty when it names no place.
    static QString placeFromLink(const QUrl &link);
    static QString placeFromName(const QString &name);
};

} // namespace okpay
