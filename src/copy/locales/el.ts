import type { CopyTable } from '../en.js';

/** Greek copy. */
const table: CopyTable = {
  'notice.title': 'Χρησιμοποιούμε cookies',
  'notice.body':
    'Τα cookies είναι μικρά αρχεία που αποθηκεύει ένας ιστότοπος στο πρόγραμμα περιήγησής σας. Τα χρησιμοποιούμε για να σας συνδέουμε, να σας κρατάμε συνδεδεμένους και να θυμόμαστε τις προτιμήσεις σας.',
  'notice.usage':
    'Μόνο με τη συγκατάθεσή σας συλλέγουμε επίσης περιορισμένα δεδομένα για το πώς χρησιμοποιείτε τον ιστότοπο.',
  'notice.usageOptOut':
    'Συλλέγουμε επίσης περιορισμένα δεδομένα για το πώς χρησιμοποιείτε τον ιστότοπο. Μπορείτε να αντιταχθείτε ανά πάσα στιγμή.',
  'notice.accept': 'Αποδοχή όλων',
  'notice.reject': 'Απόρριψη όλων',
  'notice.ok': 'OK',
  'notice.optOut': 'Εναντίωση',
  'notice.customize': 'Προσαρμογή',
  'notice.save': 'Αποθήκευση επιλογών',
  'notice.close': 'Κλείσιμο',
  'notice.categories': 'Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε',
  'notice.alwaysOn': 'Πάντα ενεργά',
  'notice.mixed': 'Επιτρέπονται εν μέρει',
  'policy.link': 'Πολιτική απορρήτου',
  'support.text': 'Ερωτήσεις; Επικοινωνήστε: {contact}.',
  'toggle.label': 'Απόρριψη cookies: {category}',
  'toggle.labelAll': 'Απόρριψη όλων των προαιρετικών cookies',
  'toggle.allow': 'Αποδοχή cookies: {category}',
  'toggle.allowAll': 'Αποδοχή όλων των προαιρετικών cookies',
  'toggle.stored':
    'Η επιλογή σας αποθηκεύεται σε ένα cookie σε αυτήν τη συσκευή. Αν διαγράψετε τα cookies σας, διαγράφεται κι αυτή.',
  'toggle.gpc': 'Το πρόγραμμα περιήγησής σας έστειλε σήμα Global Privacy Control και το τηρήσαμε.',
  'banner.label': 'Ενημέρωση της πολιτικής απορρήτου',
  'banner.upcoming':
    'Ενημερώνουμε την πολιτική απορρήτου μας. Οι αλλαγές τίθενται σε ισχύ στις {date} (σε {days} ημέρες).',
  'banner.upcoming.one':
    'Ενημερώνουμε την πολιτική απορρήτου μας. Οι αλλαγές τίθενται σε ισχύ στις {date} (σε {days} ημέρα).',
  'banner.updated': 'Ενημερώσαμε την πολιτική απορρήτου μας στις {date}.',
  'banner.updatedUndated': 'Ενημερώσαμε την πολιτική απορρήτου μας.',
  'banner.acknowledge': 'Κατάλαβα',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Απολύτως απαραίτητα',
  'category.necessary.description': 'Απαραίτητα για τη λειτουργία του ιστότοπου.',
  'category.preferences.label': 'Προτιμήσεις',
  'category.preferences.description': 'Θυμούνται τις ρυθμίσεις σας.',
  'category.analytics.label': 'Στατιστικά',
  'category.analytics.description': 'Μετρούν τις επισκέψεις για να βελτιώσουμε τον ιστότοπο.',
  'category.marketing.label': 'Μάρκετινγκ',
  'category.marketing.description': 'Εμφανίζουν και μετρούν σχετικές διαφημίσεις.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Περιεχόμενο από {service}',
  'embed.notice':
    'Φιλοξενείται από: {host}. Αν το φορτώσετε, ο πάροχος {host} μπορεί να ορίσει cookies και να αποθηκεύσει δεδομένα στη συσκευή σας.',
  'embed.load': 'Φόρτωση',
  'embed.allow': 'Να επιτρέπεται πάντα: {service}',
  'embed.settings': 'Ρυθμίσεις cookies',
};

export default table;
