/**
 * The demo's layout document, as a product admin would write it in the Maker: raw JSON (layout v1),
 * parsed with `parseLayout` when a session loads. Every custom field type appears at least once.
 */

const yes = { filterable: true, sortable: true } as const;
const filterOnly = { filterable: true, sortable: false } as const;
const neither = { filterable: false, sortable: false } as const;
const optional = { required: false, access: 'edit' } as const;

export const demoTypeOptions = ['billing', 'technical', 'complaint', 'information', 'cancellation'] as const;
export const demoOriginOptions = ['phone', 'email', 'chat', 'web-form', 'social', 'store'] as const;
export const demoPriorityOptions = ['low', 'normal', 'high', 'urgent'] as const;
export const demoTagOptions = ['vip', 'callback', 'legal', 'refund', 'recurring'] as const;
export const demoCloseReasonOptions = [
  'solved-first-contact',
  'refund-issued',
  'no-response',
  'duplicate',
  'not-reproducible',
] as const;

/** Statuses whose cases need a close reason (the `requiredWhen` rule below). */
export const demoClosedStatusIds = ['resolved', 'closed'] as const;

export function createDemoLayout(id = 'default'): Record<string, unknown> {
  return {
    version: 1,
    id,
    fields: [
      {
        key: 'type',
        label: { en: 'Type', fr: 'Type' },
        type: 'select',
        required: true,
        access: 'edit',
        ...yes,
        options: [
          { value: 'billing', label: { en: 'Billing', fr: 'Facturation' } },
          { value: 'technical', label: { en: 'Technical issue', fr: 'Problème technique' } },
          { value: 'complaint', label: { en: 'Complaint', fr: 'Réclamation' } },
          { value: 'information', label: { en: 'Information request', fr: "Demande d'information" } },
          { value: 'cancellation', label: { en: 'Cancellation', fr: 'Résiliation' } },
        ],
      },
      {
        key: 'origin',
        label: { en: 'Origin', fr: 'Origine' },
        hint: {
          en: 'How the customer reached us first.',
          fr: 'Comment le client nous a contactés en premier.',
        },
        type: 'select',
        ...optional,
        ...yes,
        options: [
          { value: 'phone', label: { en: 'Phone', fr: 'Téléphone' } },
          { value: 'email', label: { en: 'E-mail', fr: 'E-mail' } },
          { value: 'chat', label: { en: 'Chat', fr: 'Chat' } },
          { value: 'web-form', label: { en: 'Web form', fr: 'Formulaire web' } },
          { value: 'social', label: { en: 'Social media', fr: 'Réseaux sociaux' } },
          { value: 'store', label: { en: 'In store', fr: 'En magasin' } },
        ],
      },
      {
        key: 'priority',
        label: { en: 'Priority', fr: 'Priorité' },
        type: 'select',
        required: true,
        access: 'edit',
        default: 'normal',
        ...yes,
        options: [
          { value: 'low', label: { en: 'Low', fr: 'Basse' } },
          { value: 'normal', label: { en: 'Normal', fr: 'Normale' } },
          { value: 'high', label: { en: 'High', fr: 'Haute' } },
          { value: 'urgent', label: { en: 'Urgent', fr: 'Urgente' } },
        ],
      },
      {
        key: 'description',
        label: { en: 'Description', fr: 'Description' },
        hint: { en: 'What the customer asked, in their words.', fr: 'La demande du client, avec ses mots.' },
        type: 'textarea',
        ...optional,
        ...neither,
        maxLength: 4000,
      },
      {
        key: 'tags',
        label: { en: 'Tags', fr: 'Étiquettes' },
        type: 'multiselect',
        ...optional,
        ...filterOnly,
        options: [
          { value: 'vip', label: { en: 'VIP', fr: 'VIP' } },
          { value: 'callback', label: { en: 'Call back', fr: 'À rappeler' } },
          { value: 'legal', label: { en: 'Legal', fr: 'Juridique' } },
          { value: 'refund', label: { en: 'Refund', fr: 'Remboursement' } },
          { value: 'recurring', label: { en: 'Recurring', fr: 'Récurrent' } },
        ],
      },
      {
        key: 'dueDate',
        label: { en: 'Due date', fr: "Date d'échéance" },
        type: 'date',
        ...optional,
        ...yes,
        min: '2025-01-01',
        max: '2027-12-31',
      },
      {
        key: 'contactEmail',
        label: { en: 'Contact e-mail', fr: 'E-mail de contact' },
        type: 'email',
        ...optional,
        ...filterOnly,
        maxLength: 254,
      },
      {
        key: 'contactPhone',
        label: { en: 'Contact phone', fr: 'Téléphone de contact' },
        type: 'phone',
        ...optional,
        ...filterOnly,
      },
      {
        key: 'orderNumber',
        label: { en: 'Order number', fr: 'Numéro de commande' },
        hint: { en: 'ORD- followed by 6 digits.', fr: 'ORD- suivi de 6 chiffres.' },
        type: 'text',
        ...optional,
        ...yes,
        pattern: '^ORD-[0-9]{6}$',
        patternMessage: {
          en: 'An order number looks like ORD-123456.',
          fr: 'Un numéro de commande ressemble à ORD-123456.',
        },
        maxLength: 10,
      },
      {
        key: 'website',
        label: { en: 'Related page', fr: 'Page concernée' },
        type: 'url',
        ...optional,
        ...neither,
      },
      {
        key: 'amount',
        label: { en: 'Disputed amount (€)', fr: 'Montant contesté (€)' },
        type: 'number',
        ...optional,
        ...yes,
        min: 0,
        max: 100000,
      },
      {
        key: 'callbackAt',
        label: { en: 'Call back at', fr: 'Rappeler le' },
        type: 'datetime',
        ...optional,
        ...yes,
      },
      {
        key: 'consent',
        label: { en: 'Customer agrees to be contacted', fr: 'Le client accepte d’être recontacté' },
        type: 'checkbox',
        ...optional,
        ...filterOnly,
        default: false,
      },
      {
        key: 'closeReason',
        label: { en: 'Close reason', fr: 'Motif de clôture' },
        hint: {
          en: 'Required to resolve or close the case.',
          fr: 'Obligatoire pour résoudre ou clore le dossier.',
        },
        type: 'select',
        ...optional,
        ...filterOnly,
        requiredWhen: { field: 'status', oneOf: [...demoClosedStatusIds] },
        options: [
          {
            value: 'solved-first-contact',
            label: { en: 'Solved at first contact', fr: 'Résolu au premier contact' },
          },
          { value: 'refund-issued', label: { en: 'Refund issued', fr: 'Remboursement effectué' } },
          { value: 'no-response', label: { en: 'No response from customer', fr: 'Sans réponse du client' } },
          { value: 'duplicate', label: { en: 'Duplicate', fr: 'Doublon' } },
          { value: 'not-reproducible', label: { en: 'Not reproducible', fr: 'Non reproductible' } },
        ],
      },
      {
        key: 'resolutionNotes',
        label: { en: 'Resolution notes', fr: 'Notes de résolution' },
        type: 'textarea',
        ...optional,
        ...neither,
        maxLength: 2000,
        visibleWhen: { field: 'status', oneOf: [...demoClosedStatusIds] },
      },
      {
        key: 'satisfaction',
        label: { en: 'Satisfaction (1–5)', fr: 'Satisfaction (1–5)' },
        type: 'number',
        ...optional,
        ...yes,
        min: 1,
        max: 5,
      },
      {
        key: 'externalRef',
        label: { en: 'Billing system reference', fr: 'Référence facturation' },
        hint: { en: 'Set by the billing system.', fr: 'Renseignée par le système de facturation.' },
        type: 'text',
        required: false,
        access: 'view',
        ...filterOnly,
      },
    ],
    list: {
      columns: [
        { field: 'number', width: '7rem' },
        { field: 'title' },
        { field: 'status', width: '9.5rem' },
        { field: 'owner', width: '9.5rem' },
        // The default order's column, where a 1280 px window shows it (the later ones may scroll).
        { field: 'updatedAt', width: '10.5rem' },
        { field: 'crmCard', width: '9.5rem' },
        { field: 'type', width: '9rem' },
        { field: 'priority', width: '6rem' },
      ],
      sort: { field: 'updatedAt', direction: 'desc' },
    },
    form: {
      sections: [
        {
          title: { en: 'Request', fr: 'Demande' },
          columns: 2,
          fields: [
            'title',
            'status',
            'owner',
            'type',
            'origin',
            'priority',
            'dueDate',
            'tags',
            'description',
          ],
        },
        {
          title: { en: 'Customer', fr: 'Client' },
          columns: 2,
          fields: [
            'crmCard',
            'contactEmail',
            'contactPhone',
            'orderNumber',
            'amount',
            'website',
            'callbackAt',
            'consent',
          ],
        },
        {
          title: { en: 'Resolution', fr: 'Résolution' },
          columns: 1,
          fields: ['closeReason', 'resolutionNotes', 'satisfaction', 'externalRef'],
        },
      ],
    },
  };
}
