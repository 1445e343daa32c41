#include "ui/help/ticketform.h"

#include "core/moneyformat.h"
#include "services/supportservice.h"
#include "services/transactiontablemodel.h"
#include "ui/help/faqsuggestionbox.h"
#include "ui/help/ticketattachmentlist.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace okpay {

TicketForm::TicketForm(SupportService *support, QWidget *parent)
    : QWidget(parent), m_support(support), m_category(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_suggestions(new FaqSuggestionBox(this)), m_transaction(new QComboBox(this)),
      m_relatedTicket(new QLabel(this)), m_unlinkTicket(new QPushButton(tr("Unlink"), this)),
      m_attachments(new TicketAttachmentList(support, QStringLiteral("ticket"), this)),
      m_includeDiagnostics(new QCheckBox(tr("Include diagnostics (app version, system and recent problems)"), this)),
      m_diagnostics(new QPlainTextEdit(this)), m_categoryError(new FieldErrorLabel(QStringLiteral("ticketCategoryError"), this)),
      m_subjectError(new FieldErrorLabel(QStringLiteral("ticketSubjectError"), this)),
      m_descriptionError(new FieldErrorLabel(QStringLiteral("ticketDescriptionError"), this)), m_status(new QLabel(this)),
      m_send(new QPushButton(tr("Send ticket"), this)), m_cancel(new QPushButton(tr("Back to my tickets"), this))
{
    setObjectName(QStringLiteral("ticketForm"));
    auto *title = new QLabel(tr("New ticket"), this);
    title->setObjectName(QStringLiteral("ticketFormTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Tell us what happened. Tickets are accepted at any time and answered during support hours; "
                                "you can write offline, the ticket is sent when you are back online."),
                             this);
    intro->setObjectName(QStringLiteral("ticketFormIntro"));
    intro->setWordWrap(true);

    m_category->setObjectName(QStringLiteral("ticketCategory"));
    m_category->setAccessibleName(tr("Topic"));
    m_category->addItem(tr("Choose a topic…"), QString());
    for (const QString &category : SupportService::categories())
        m_category->addItem(SupportService::categoryLabel(category), category);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(200);
    m_subject->setPlaceholderText(tr("For example: Withdrawal to my bank is still pending"));
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, when, and what you expected. Never write your password, "
                                         "verification codes or recovery phrase: OKPay staff never ask for them."));
    m_description->setMinimumHeight(110);
    m_transaction->setObjectName(QStringLiteral("ticketTransaction"));
    m_transaction->setAccessibleName(tr("Related transaction"));
    m_transaction->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_transaction->setMinimumContentsLength(30);
    m_relatedTicket->setObjectName(QStringLiteral("ticketRelatedTicket"));
    m_unlinkTicket->setObjectName(QStringLiteral("ticketUnlinkRelated"));
    m_unlinkTicket->setAccessibleName(tr("Do not link the earlier ticket"));
    m_includeDiagnostics->setObjectName(QStringLiteral("ticketIncludeDiagnostics"));
    m_diagnostics->setObjectName(QStringLiteral("ticketDiagnostics"));
    m_diagnostics->setAccessibleName(tr("Diagnostics that will be sent"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setMaximumHeight(120);
    m_diagnostics->setVisible(false);
    m_status->setObjectName(QStringLiteral("ticketFormStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_send->setObjectName(QStringLiteral("ticketSend"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("ticketFormBack"));

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_relatedTicket, 1);
    linkRow->addWidget(m_unlinkTicket);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Topic"), m_category);
    form->addRow(QString(), m_categoryError);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(QString(), m_subjectError);
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), m_descriptionError);
    form->addRow(QString(), m_suggestions);
    form->addRow(tr("Transaction"), m_transaction);
    form->addRow(QString(), linkRow);
    form->addRow(tr("Files"), m_attachments);
    form->addRow(QString(), m_includeDiagnostics);
    form->addRow(QString(), m_diagnostics);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(400);
    connect(&m_saveSoon, &QTimer::timeout, this, &TicketForm::saveDraft);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TicketForm::changed);
    connect(m_subject, &QLineEdit::textChanged, this, &TicketForm::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &TicketForm::changed);
    connect(m_transaction, &QComboBox::currentIndexChanged, this, &TicketForm::changed);
    connect(m_attachments, &TicketAttachmentList::changed, this, &TicketForm::changed);
    connect(m_includeDiagnostics, &QCheckBox::toggled, this, [this](bool on) {
        refreshDiagnostics();
        m_diagnostics->setVisible(on);
        changed();
    });
    connect(m_unlinkTicket, &QPushButton::clicked, this, [this] { setRelatedTicket({}, {}); });
    connect(m_suggestions, &FaqSuggestionBox::articleRequested, this, [this](const QString &id) {
        saveDraft();  // the article opens elsewhere; the ticket stays as it is
        emit articleRequested(id);
    });
    connect(m_send, &QPushButton::clicked, this, &TicketForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        saveDraft();
        emit closeRequested();
    });
    connect(support, &SupportService::ticketQueued, this, [this](const QString &outboxId) {
        if (!m_busy)
            return;
        setBusy(false);
        clearForm();
        m_status->setText(tr("Ticket saved. It is sent now, or as soon as you are back online."));
        emit ticketQueued(outboxId);
    });
    connect(support, &SupportService::ticketRejected, this, [this](const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        m_status->setText(message);
    });
    reloadTransactions();
    restoreDraft();
}

TicketForm::~TicketForm()
{
    if (m_saveSoon.isActive())
        saveDraft();
}

void TicketForm::reloadTransactions()
{
    if (!m_support)
        return;
    const QString chosen = m_transaction->currentData().toString();
    const bool restoring = m_restoring;
    m_restoring = true;  // rebuilding the list is not an edit
    m_transaction->clear();
    m_transaction->addItem(tr("None"), QString());
    const QLocale l = locale();
    for (const Transaction &t : m_support->recentTransactions()) {
        m_transaction->addItem(tr("%1 · %2 · %3 · %4").arg(l.toString(t.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                                                         TransactionTableModel::typeLabel(t.type), MoneyFormat::withSymbol(t.amount, l),
                                                         TransactionTableModel::statusLabel(t.status)),
                               t.id);
    }
    setRelatedTransaction(chosen);
    m_restoring = restoring;
}

void TicketForm::setRelatedTransaction(const QString &transactionId)
{
    int index = m_transaction->findData(transactionId);
    if (index < 0 && m_support) {
        // Older than the recent ones listed: add it, described from the cache when it is there.
        const auto t = m_support->transaction(transactionId);
        const QLocale l = locale();
        m_transaction->insertItem(1, t ? tr("%1 · %2 · %3").arg(l.toString(t->createdAt.toLocalTime().date(), QLocale::ShortFormat),
                                                                TransactionTableModel::typeLabel(t->type), MoneyFormat::withSymbol(t->amount, l))
                                       : tr("Transaction %1").arg(transactionId),
                                  transactionId);
        index = 1;
    }
    m_transaction->setCurrentIndex(index);
}

void TicketForm::setRelatedTicket(const QString &ticketId, const QString &number)
{
    m_relatedTicketId = ticketId;
    m_relatedTicketNumber = number;
    m_relatedTicket->setText(tr("Follows up your earlier ticket %1.").arg(number.isEmpty() ? ticketId : number));
    m_relatedTicket->setVisible(!ticketId.isEmpty());
    m_unlinkTicket->setVisible(!ticketId.isEmpty());
    changed();
}

void TicketForm::setScreenshotSource(QWidget *source)
{
    m_attachments->setScreenshotSource(source);
}

void TicketForm::setSuggestionProvider(SuggestionProvider provider)
{
    m_suggestions->setProvider(std::move(provider));
}

void TicketForm::addAttachmentFile(const QString &path)
{
    m_attachments->addFile(path);
}

TicketDraft TicketForm::currentDraft() const
{
    TicketDraft d;
    d.category = m_category->currentData().toString();
    d.subject = m_subject->text();
    d.description = m_description->toPlainText();
    d.transactionId = m_transaction->currentData().toString();
    d.relatedTicketId = m_relatedTicketId;
    d.relatedTicketNumber = m_relatedTicketNumber;
    d.attachments = m_attachments->attachments();
    d.includeDiagnostics = m_includeDiagnostics->isChecked();
    d.diagnostics = d.includeDiagnostics ? m_diagnostics->toPlainText() : QString();
    return d;
}

void TicketForm::saveDraft()
{
    m_saveSoon.stop();
    if (m_support && !m_busy)
        m_support->saveDraft(currentDraft());
}

void TicketForm::restoreDraft()
{
    if (!m_support)
        return;
    const TicketDraft d = m_support->draft();
    m_restoring = true;
    m_category->setCurrentIndex(qMax(0, m_category->findData(d.category)));
    m_subject->setText(d.subject);
    m_description->setPlainText(d.description);
    setRelatedTransaction(d.transactionId);
    setRelatedTicket(d.relatedTicketId, d.relatedTicketNumber);
    m_attachments->setAttachments(d.attachments);
    m_includeDiagnostics->setChecked(d.includeDiagnostics);
    m_restoring = false;
    m_suggestions->setText(d.subject + u'\n' + d.description);
    if (!d.isEmpty())
        m_status->setText(tr("Your unsent ticket was restored."));
}

void TicketForm::changed()
{
    m_suggestions->setText(m_subject->text() + u'\n' + m_description->toPlainText());
    if (m_restoring)
        return;
    m_status->clear();
    m_saveSoon.start();
}

void TicketForm::refreshDiagnostics()
{
    if (m_support && m_includeDiagnostics->isChecked())
        m_diagnostics->setPlainText(m_support->diagnostics());
}

bool TicketForm::validate()
{
    m_categoryError->setError(m_category->currentData().toString().isEmpty() ? tr("Choose the topic closest to your question.") : QString());
    m_subjectError->setError(m_subject->text().trimmed().isEmpty() ? tr("Write a short subject.") : QString());
    const int length = int(m_description->toPlainText().trimmed().size());
    m_descriptionError->setError(length == 0       ? tr("Describe the problem.")
                                 : length > 18000 ? tr("The description is too long: 18,000 characters at most.")
                                                   : QString());
    if (m_attachments->isChecking()) {
        m_status->setText(tr("Wait until the files are checked."));
        return false;
    }
    return m_categoryError->text().isEmpty() && m_subjectError->text().isEmpty() && m_descriptionError->text().isEmpty();
}

void TicketForm::submit()
{
    if (m_busy || !m_support || !validate())
        return;
    if (m_confirmSend) {
        // Checked as one text; masking keeps the length, so the subject and description split again where they met.
        const QString subject = m_subject->text();
        QString text = subject + u'\n' + m_description->toPlainText();
        if (!m_confirmSend(&text)) {
            m_status->setText(tr("Not sent. Edit your ticket, then send it again."));
            return;
        }
        m_subject->setText(text.left(subject.size()));
        m_description->setPlainText(text.mid(subject.size() + 1));
    }
    refreshDiagnostics();
    const TicketDraft draft = currentDraft();
    m_support->saveDraft(draft);  // kept until the outbox has it
    setBusy(true);
    m_status->setText(tr("Saving your ticket…"));
    m_support->createTicket(draft);
}

void TicketForm::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
}

void TicketForm::clearForm()
{
    m_restoring = true;
    m_category->setCurrentIndex(0);
    m_subject->clear();
    m_description->clear();
    m_transaction->setCurrentIndex(0);
    setRelatedTicket({}, {});
    m_attachments->clear();
    m_includeDiagnostics->setChecked(false);
    m_restoring = false;
    m_saveSoon.stop();
    for (FieldErrorLabel *error : {m_categoryError, m_subjectError, m_descriptionError})
        error->setError({});
}

void TicketForm::hideEvent(QHideEvent *event)
{
    if (m_saveSoon.isActive())
        saveDraft();
    QWidget::hideEvent(event);
}

} // namespace okpay
