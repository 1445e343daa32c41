#pragma once
#include "core/secretfinding.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QPushButton;

namespace okpay {

class SecretGuard;

// "Check your message before sending": shown when text going to support (chat, ticket, email) holds a password,
// a verification or card security code, a recovery phrase or a full card number. Lists what was found without
// repeating it, says that staff never ask for these, and says exactly what "Send anyway" would send: card numbers
// masked (first 6 and last 4 digits); anything else only after the user ticks that they understand. "Edit message"
// is the default button.
class SecretWarningDialog : public QDialog
{
    Q_OBJECT

public:
    SecretWarningDialog(const QString &text, const QList<SecretFinding> &findings, QWidget *parent = nullptr);

    QString textToSend() const { return m_textToSend; }  // the text with card numbers masked

    // The entry point for forms: true when *text may be sent (unchanged when nothing was found, card numbers masked
    // when the user chose "Send anyway"); false when the user wants to edit it. Shows the dialog modally only when
    // the guard finds something.
    static bool confirmSend(QWidget *parent, const SecretGuard &guard, QString *text);
    // One line per kind of secret, e.g. "A card number (4111 11•• •••• 1111)"; never the secret itself.
    static QString describe(const SecretFinding &finding, const QString &text);

private:
    void addPreview(const QList<SecretFinding> &findings);
    QString m_textToSend;
    QCheckBox *m_insist = nullptr;
    QPushButton *m_send;
};

} // namespace okpay
