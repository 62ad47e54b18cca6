/** Words the demo data is made of: customer names, companies, case titles, interaction summaries. */

export const firstNames = [
  'Alice', 'Bastien', 'Céline', 'David', 'Élodie', 'François', 'Gaëlle', 'Hélène', 'Inès', 'Julien',
  'Karim', 'Laura', 'Mathieu', 'Noémie', 'Olivier', 'Pauline', 'Quentin', 'Raphaël', 'Sarah', 'Théo',
  'Ursula', 'Victor', 'William', 'Xavier', 'Yasmine', 'Zoé', 'Emma', 'Lucas', 'Chloé', 'Nathan',
  'Aïcha', 'Benoît', 'Jérôme', 'Margaux', 'Søren', 'Priya', 'Kenji', 'Fatou', 'Diego', 'Anaïs',
] as const;

export const lastNames = [
  'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Lefèvre', 'Michel', 'Garcia', 'Roux',
  'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Müller', 'Morel',
  'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Chevalier', 'François', 'Legrand', 'Gauthier',
  'Smith', 'Nguyen', 'Diallo', 'Kowalski', 'Okafor', 'Brown', 'Haddad', 'Lopez', 'Perrin', 'Clément',
] as const;

export const companies = [
  'Boulangerie Dupain', 'Transports Léon', 'Atelier Numérique', 'Green Valley Farms', 'Hôtel du Lac',
  'Cabinet Marchand', 'Nordlicht GmbH', 'Pharmacie Centrale', 'Bright Dental', 'Studio Écho',
  'Garage des Alpes', 'Café Olé', 'Maison Vérane', 'Blue Harbor Ltd', 'Crèche Les Petits Pas',
] as const;

/** Titles per case type (the `type` select); `{order}`, `{month}`, `{product}` are filled in. */
export const titlesByType: Readonly<Record<string, readonly string[]>> = {
  billing: [
    'Facturation : double prélèvement en {month}',
    'Invoice for {month} charged twice',
    'Refund not received for order {order}',
    'Erreur de facturation sur {product}',
    'Direct debit rejected in {month}',
    'Wrong VAT on invoice for {product}',
  ],
  technical: [
    'Connexion impossible à l’espace client',
    '{product} stops working after update',
    'Password reset e-mail never arrives',
    'Panne de {product} depuis {month}',
    'App crashes when opening invoices',
    'Slow internet connection since {month}',
  ],
  complaint: [
    'Réclamation : livraison en retard ({order})',
    'Réclamation sur la qualité de {product}',
    'Rude answer from the hotline',
    'Package delivered damaged ({order})',
    'Complaint about repeated calls',
  ],
  information: [
    'Question about the {product} warranty',
    'Demande d’information sur {product}',
    'How to change the billing address',
    'Opening hours of the Lyon store',
    'Délai de livraison pour {order}',
  ],
  cancellation: [
    'Résiliation du contrat {product}',
    'Cancel subscription before renewal',
    'Cancellation fee disputed ({order})',
    'Demande de résiliation suite à déménagement',
  ],
};

export const products = [
  'Fibre Max', 'Box Évolution', 'Mobile Duo', 'Assurance Sérénité', 'Cloud Pro', 'Smart Thermostat',
  'Forfait Liberté', 'TV Cinéma', 'Home Alarm', 'Énergie Verte',
] as const;

export const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const descriptions = [
  'Customer called twice already; expects an answer this week.',
  'Le client demande un geste commercial.',
  'Screenshots sent by e-mail, see the linked interaction.',
  'Customer is polite but in a hurry; prefers to be called after 6 pm.',
  'Problème déjà signalé le mois dernier, sans suite.',
  'Needs confirmation in writing before the end of the month.',
] as const;

export const interactionSummaries: Readonly<Record<string, readonly string[]>> = {
  call: ['Customer explained the issue', 'Appel de suivi', 'Called back, no answer', 'Confirmed the refund by phone'],
  email: ['Invoice copy requested', 'E-mail avec pièce jointe', 'Follow-up e-mail sent', 'Complaint received by e-mail'],
  chat: ['Chat about login problem', 'Question sur la livraison', 'Chat transferred from bot'],
  sms: ['Appointment reminder sent', 'SMS de confirmation', 'Customer replied STOP'],
  social: ['Public complaint on social media', 'Message privé reçu', 'Mention answered'],
};
