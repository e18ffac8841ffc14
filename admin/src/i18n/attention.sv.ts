/** Swedish for `kompass.attention`. */
export const attentionSv = {
  attention: {
    blocked_heading: 'Blockerade åtgärder (%{smart_count})',
    blocked_none: 'Inga åtgärder är blockerade.',
    gaps_heading: 'Delfrågor utan åtgärd, flest poäng att vinna',
    gaps_none: 'Alla delfrågor har minst en åtgärd.',
    gap_points: '%{points} poäng att vinna (%{baseline} av %{max})',
    see_all_gaps: 'Alla delfrågor utan åtgärd (%{smart_count})',
  },
};
