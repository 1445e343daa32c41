#pragma once
#include "services/supportemailservice.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace okpay {

class FieldErrorLabel;

// "Email us" on the Help tab: from (the account's address, read-only, when signed in; name and address to fill in
// when signed out), subject, message and, when signed in, up to 5 files checked by their bytes before they are
// listed. Send checks the words with the secret guard first; signed in it goes through the outbox, signed out it is
// sent at once and the draft stays when that fails. "Open in my email app" hands the same text to a mailto: link.
class EmailForm : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit EmailForm(SupportEmailService *service, QWidget *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }  // QDesktopServices::openUrl by default
    void setSupportAddress(const QString &address) { m_supportAddress = address; }  // the email channel's address
    void addAttachment(const QString &path);  // checked on a worker thread, listed only when the server would take it
    bool hasDraft() const;

    static QString checkMessage(SupportAttachmentFile::Check check, const QString &fileName);

signals:
    void sent(const QString &reference);

private:
    void refreshSender();
    void browse();
    void send();
    void openMailApp();
    bool validate();
    bool passSecretGuard();  // may mask card numbers in the subject and message
    void setBusy(bool busy);
    void attachmentChecked(const QString &path, SupportAttachmentFile::Check check, qint64 size);
    void failed(const QString &field, const QString &message);
    void clearDraft();
    QStringList attachmentPaths() const;

    SupportEmailService *m_service;
    UrlOpener m_openUrl;
    QString m_supportAddress = QStringLiteral("support@okpay.example");
    QLabel *m_fromNameLabel;
    QLabel *m_filesLabel;
    QLabel *m_replyHint;
    QLineEdit *m_fromName;
    QLineEdit *m_fromEmail;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_attachments;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QLabel *m_attachRules;
    QLabel *m_signInToAttach;
    FieldErrorLabel *m_fromNameError;
    FieldErrorLabel *m_fromEmailError;
    FieldErrorLabel *m_subjectError;
    FieldErrorLabel *m_bodyError;
    FieldErrorLabel *m_attachmentError;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_mailApp;
    QStringList m_checking;        // picked files being checked
    SupportEmailDraft m_inOutbox;  // put back if the outbox reports a refusal
    bool m_busy = false;
};

} // namespace okpay
