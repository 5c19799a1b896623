import { polylinePath, type Point } from '../../../viz/polyline';

interface LaneSegmentProps {
  route: Point[];
  width: number;
  /** how much of the segment has filled, 0…1, from its start */
  fill: number;
  color: string;
}

/**
 * One lane of a pipe between two landmarks, coloured by the value it carries and filling from its start
 * as the contents flow in (a dash offset on a unit-length path: no layout work).
 */
export function LaneSegment({ route, width, fill, color }: LaneSegmentProps) {
  if (fill <= 0) return null;
  return (
    <path
      d={polylinePath(route)}
      pathLength={1}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeLinejoin="round"
      strokeDasharray="1 1"
      strokeDashoffset={1 - fill}
    />
  );
}
