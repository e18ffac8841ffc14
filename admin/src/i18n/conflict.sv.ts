/** Swedish for `kompass.conflict`. */
export const conflictSv = {
  conflict: {
    title: 'Åtgärden har ändrats sedan du öppnade den',
    intro:
      'Åtgärden sparades av någon annan medan du arbetade (du läste version %{read}, nu är den version %{current}). Jämför fält för fält nedan.',
    intro_named:
      'Åtgärden sparades av %{name} medan du arbetade (du läste version %{read}, nu är den version %{current}). Jämför fält för fält nedan.',
    intro_self:
      'Du sparade åtgärden i ett annat fönster medan du arbetade här (du läste version %{read}, nu är den version %{current}). Jämför fält för fält nedan.',
    field: 'Fält',
    read: 'När du öppnade',
    yours: 'Ditt värde',
    theirs: 'Nu sparat',
    changed_by: 'Ändrat av',
    changed_mine: 'dig',
    changed_theirs: 'någon annan',
    changed_both: 'er båda',
    changed_both_named: 'dig och %{name}',
    changed_you_elsewhere: 'du, i ett annat fönster',
    reapply_help:
      'Spara dina ändringar på den nya versionen: dina värden ersätter de sparade i de fält du har ändrat, övriga ändringar behålls. Eller släng dina ändringar och läs in den sparade versionen.',
    reapply: 'Spara mina ändringar på nya versionen',
    discard: 'Släng mina ändringar',
  },
};
