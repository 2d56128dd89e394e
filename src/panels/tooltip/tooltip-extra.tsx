/** Extra tooltip lines features add (the indicator value and so on); empty by default. */
export interface TooltipExtraProps {
  pane: number;
  adcode: string;
}

/** Feature-specific tooltip content. */
export function TooltipExtra(_props: TooltipExtraProps) {
  return null;
}
