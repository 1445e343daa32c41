#include "ui/help/emailform.h"

#include "ui/dialogs/secretwarningdialog.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okpay {

namespace {
constexpr int kMaxSubject = 200;
constexpr int kMaxBody = 20000;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

EmailForm::EmailForm(SupportEmailService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_fromNameLabel(new QLabel(tr("Your name"), this)), m_filesLabel(new QLabel(tr("Files"), this)),
      m_replyHint(new QLabel(tr("We answer at the email address of your account."), this)), m_fromName(new QLineEdit(this)), m_fromEmail(new QLineEdit(this)),
      m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)), m_attachments(new QListWidget(this)),
      m_addFile(new QPushButton(tr("Add a file…"), this)), m_removeFile(new QPushButton(tr("Remove"), this)),
      m_attachRules(new QLabel(tr("Up to 5 files: PNG, JPEG, PDF or plain text, 10 MB each."), this)),
      m_signInToAttach(new QLabel(tr("Sign in to attach screenshots or documents: files are kept with your account."), this)),
      m_fromNameError(new FieldErrorLabel(QStringLiteral("emailFromNameError"), this)),
      m_fromEmailError(new FieldErrorLabel(QStringLiteral("emailFromEmailError"), this)),
      m_subjectError(new FieldErrorLabel(QStringLiteral("emailSubjectError"), this)),
      m_bodyError(new FieldErrorLabel(QStringLiteral("emailBodyError"), this)),
      m_attachmentError(new FieldErrorLabel(QStringLiteral("emailAttachmentError"), this)), m_status(new QLabel(this)),
      m_send(new QPushButton(tr("Send"), this)), m_mailApp(new QPushButton(tr("Open in my email app"), this))
{
    setObjectName(QStringLiteral("emailForm"));
    const struct { QWidget *widget; const char *name; QString accessible; } controls[] = {
        {m_fromName, "emailFromName", tr("Your name")},
        {m_fromEmail, "emailFromEmail", tr("Your email address")},
        {m_subject, "emailSubject", tr("Subject")},
        {m_body, "emailBody", tr("Message")},
        {m_attachments, "emailAttachments", tr("Attached files")},
        {m_addFile, "emailAddAttachment", tr("Add a file")},
        {m_removeFile, "emailRemoveAttachment", tr("Remove the selected file")},
        {m_send, "emailSend", tr("Send the email")},
        {m_mailApp, "emailOpenMailApp", tr("Open in my email app")},
    };
    for (const auto &c : controls) {
        c.widget->setObjectName(QString::fromLatin1(c.name));
        c.widget->setAccessibleName(c.accessible);
    }
    m_fromNameLabel->setObjectName(QStringLiteral("emailFromNameLabel"));
    m_filesLabel->setObjectName(QStringLiteral("emailFilesLabel"));
    m_replyHint->setObjectName(QStringLiteral("emailReplyHint"));
    setStyleSheet(QStringLiteral("QLineEdit:read-only { background: palette(window); }"));
    m_fromName->setMaxLength(100);
    m_fromEmail->setMaxLength(254);
    m_subject->setMaxLength(kMaxSubject);
    m_body->setPlaceholderText(tr("What happened, when, and what you expected. Add the transaction date and amount if "
                                  "it is about a payment. Never include your password or codes."));
    m_body->setMinimumHeight(160);
    m_attachments->setMaximumHeight(90);
    m_removeFile->setEnabled(false);
    for (QLabel *label : {m_attachRules, m_signInToAttach, m_status, m_replyHint}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_attachRules->setObjectName(QStringLiteral("emailAttachmentRules"));
    m_signInToAttach->setObjectName(QStringLiteral("emailSignInToAttach"));
    m_status->setObjectName(QStringLiteral("emailStatus"));
    m_send->setDefault(true);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_attachments, 1);
    files->addLayout(fileButtons);
    auto *title = new QLabel(tr("Email us"), this);
    title->setObjectName(QStringLiteral("emailTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto *intro = new QLabel(tr("Best for detailed questions that are not urgent. We answer by email during support hours."), this);
    intro->setObjectName(QStringLiteral("emailIntro"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_fromNameLabel, m_fromName);
    form->addRow(QString(), m_fromNameError);
    form->addRow(tr("Your email"), m_fromEmail);
    form->addRow(QString(), m_fromEmailError);
    form->addRow(QString(), m_replyHint);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(QString(), m_subjectError);
    form->addRow(tr("Message"), m_body);
    form->addRow(QString(), m_bodyError);
    form->addRow(m_filesLabel, files);
    form->addRow(QString(), m_attachmentError);
    form->addRow(QString(), m_attachRules);
    form->addRow(QString(), m_signInToAttach);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mailApp);
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_addFile, &QPushButton::clicked, this, &EmailForm::browse);
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        delete m_attachments->currentItem();
        m_attachmentError->setError({});
    });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this](int row) { m_removeFile->setEnabled(row >= 0 && !m_busy); });
    connect(m_send, &QPushButton::clicked, this, &EmailForm::send);
    connect(m_mailApp, &QPushButton::clicked, this, &EmailForm::openMailApp);
    connect(m_service, &SupportEmailService::senderChanged, this, &EmailForm::refreshSender);
    connect(m_service, &SupportEmailService::attachmentChecked, this, &EmailForm::attachmentChecked);
    connect(m_service, &SupportEmailService::attachmentRejected, this, [this](const QString &path, SupportAttachmentFile::Check check) {
        setBusy(false);
        m_status->setText(tr("Nothing was sent."));
        m_attachmentError->setError(checkMessage(check, QFileInfo(path).fileName()) + u' ' + tr("Remove it and try again."));
    });
    connect(m_service, &SupportEmailService::queued, this, [this] {
        setBusy(false);
        m_inOutbox = {m_fromName->text(), m_fromEmail->text(), m_subject->text(), m_body->toPlainText(), attachmentPaths()};
        clearDraft();
        m_status->setText(tr("Your message is in your outbox and goes out as soon as OKPay can be reached."));
    });
    connect(m_service, &SupportEmailService::sent, this, [this](const QString &reference) {
        setBusy(false);
        clearDraft();
        m_inOutbox = {};
        m_status->setText(tr("Sent. Your reference is %1. We answer by email during support hours.").arg(reference));
        emit sent(reference);
    });
    connect(m_service, &SupportEmailService::sendFailed, this, &EmailForm::failed);
    refreshSender();
}

QString EmailForm::checkMessage(SupportAttachmentFile::Check check, const QString &fileName)
{
    switch (check) {
    case SupportAttachmentFile::Check::Ok:
        return {};
    case SupportAttachmentFile::Check::Unreadable:
        return tr("“%1” could not be read.").arg(fileName);
    case SupportAttachmentFile::Check::Empty:
        return tr("“%1” is empty.").arg(fileName);
    case SupportAttachmentFile::Check::TooLarge:
        return tr("“%1” is larger than 10 MB.").arg(fileName);
    case SupportAttachmentFile::Check::WrongType:
        return tr("“%1” is not a PNG, JPEG, PDF or plain text file.").arg(fileName);
    }
    return {};
}

void EmailForm::refreshSender()
{
    const bool signedIn = m_service->isSignedIn();
    const bool wasSignedIn = m_fromEmail->isReadOnly();
    m_fromName->setVisible(!signedIn);
    m_fromNameLabel->setVisible(!signedIn);
    m_fromEmail->setReadOnly(signedIn);
    if (signedIn)
        m_fromEmail->setText(m_service->accountEmail());
    else if (wasSignedIn)
        m_fromEmail->clear();  // the account's address is not the signed-out user's to send from
    m_replyHint->setVisible(signedIn);
    const bool files = m_service->canAttachFiles();
    for (QWidget *w : std::initializer_list<QWidget *>{m_filesLabel, m_attachments, m_addFile, m_removeFile, m_attachRules})
        w->setVisible(files);
    m_signInToAttach->setVisible(!files);
    if (!files)
        m_attachments->clear();
}

bool EmailForm::hasDraft() const
{
    return !m_subject->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty() || m_attachments->count() > 0;
}

QStringList EmailForm::attachmentPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_attachments->count(); ++i)
        paths << m_attachments->item(i)->data(Qt::UserRole).toString();
    return paths;
}

void EmailForm::browse()
{
    auto *picker = new QFileDialog(this, tr("Attach a file"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Screenshots and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)"));
    picker->setObjectName(QStringLiteral("emailAttachmentPicker"));
    picker->setFileMode(QFileDialog::ExistingFiles);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            addAttachment(path);
    });
    picker->open();
}

void EmailForm::addAttachment(const QString &path)
{
    if (!m_service->canAttachFiles() || attachmentPaths().contains(path) || m_checking.contains(path))
        return;
    if (m_attachments->count() + m_checking.size() >= SupportAttachmentFile::kMaxFiles) {
        m_attachmentError->setError(tr("You can attach up to %1 files.").arg(SupportAttachmentFile::kMaxFiles));
        return;
    }
    m_attachmentError->setError({});
    m_checking << path;
    m_service->checkAttachment(path);
}

void EmailForm::attachmentChecked(const QString &path, SupportAttachmentFile::Check check, qint64 size)
{
    if (!m_checking.removeOne(path))
        return;
    const QString name = QFileInfo(path).fileName();
    if (check != SupportAttachmentFile::Check::Ok)
        return m_attachmentError->setError(checkMessage(check, name));
    auto *item = new QListWidgetItem(tr("%1 (%2)", "file name and size").arg(name, sizeText(size)), m_attachments);
    item->setData(Qt::UserRole, path);
}

bool EmailForm::validate()
{
    const bool signedIn = m_service->isSignedIn();
    const QString name = m_fromName->text().trimmed();
    const QString email = m_fromEmail->text().trimmed();
    m_fromNameError->setError(!signedIn && name.isEmpty() ? tr("Enter your name.") : QString());
    m_fromEmailError->setError(!signedIn && !SupportEmailService::plausibleEmail(email)
                                   ? tr("Enter the email address we should answer, like name@example.com.") : QString());
    m_subjectError->setError(m_subject->text().trimmed().isEmpty() ? tr("Enter a subject.") : QString());
    const QString body = m_body->toPlainText();
    m_bodyError->setError(body.trimmed().isEmpty() ? tr("Describe your question or problem.")
                          : body.size() > kMaxBody ? tr("The message is too long: at most %1 characters.").arg(kMaxBody)
                                                   : QString());
    for (FieldErrorLabel *error : {m_fromNameError, m_fromEmailError, m_subjectError, m_bodyError})
        if (!error->text().isEmpty())
            return false;
    return true;
}

// The subject and message are checked together (one warning); masking keeps the length, so they split back.
bool EmailForm::passSecretGuard()
{
    const QString subject = m_subject->text();
    QString text = subject + u'\n' + m_body->toPlainText();
    if (!SecretWarningDialog::confirmSend(window(), m_service->secretGuard(), &text)) {
        m_status->setText(tr("Not sent. Edit your message, then send it again."));
        return false;
    }
    m_subject->setText(text.left(subject.size()));
    m_body->setPlainText(text.mid(subject.size() + 1));
    return true;
}

void EmailForm::send()
{
    if (m_busy || !validate() || !passSecretGuard())
        return;
    setBusy(true);
    m_status->setText(tr("Sending…"));
    m_service->send({m_fromName->text().trimmed(), m_fromEmail->text().trimmed(), m_subject->text().trimmed(),
                     m_body->toPlainText(), attachmentPaths()});
}

void EmailForm::openMailApp()
{
    if (!passSecretGuard())
        return;
    if (!m_openUrl(SupportEmailService::mailtoUrl(m_supportAddress, m_subject->text(), m_body->toPlainText())))
        m_status->setText(tr("No email app is set up on this computer. Write to %1 from any email service.").arg(m_supportAddress));
    else
        m_status->setText(tr("Your email app has the message: send it from there. Files must be attached there too."));
}

void EmailForm::failed(const QString &field, const QString &message)
{
    setBusy(false);
    if (!m_inOutbox.subject.isEmpty() && !hasDraft()) {  // refused from the outbox: the words come back
        m_subject->setText(m_inOutbox.subject);
        m_body->setPlainText(m_inOutbox.body);
    }
    m_inOutbox = {};
    FieldErrorLabel *target = field == u"from_name" ? m_fromNameError : field == u"from_email" ? m_fromEmailError
                            : field == u"subject"   ? m_subjectError  : field == u"body"       ? m_bodyError
                            : field == u"attachment_ids" ? m_attachmentError : nullptr;
    if (target)
        target->setError(message);
    m_status->setText(tr("Not sent. %1 Your message is still here: press Send to try again.").arg(target ? QString() : message).simplified());
}

void EmailForm::clearDraft()
{
    m_subject->clear();
    m_body->clear();
    m_attachments->clear();
    for (FieldErrorLabel *error : {m_fromNameError, m_fromEmailError, m_subjectError, m_bodyError, m_attachmentError})
        error->setError({});
}

void EmailForm::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromName, m_subject, m_addFile, m_send, m_mailApp})
        w->setEnabled(!busy);
    m_body->setReadOnly(busy);
    m_removeFile->setEnabled(!busy && m_attachments->currentRow() >= 0);
}

} // namespace okpay
